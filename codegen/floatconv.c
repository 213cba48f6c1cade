// floatconv.c: numeric conversions to and from floats (Go spec: Conversions
// between numeric types; = the float rows of gc's ssagen conversion tables
// for amd64). Conversions between integer types are in arith.c, to and
// from interfaces in convert.c.
//
// In range, every conversion is exact or rounds as the spec says (float to
// integer truncates toward zero; integer to float rounds to nearest even).
// Out of range, or from NaN, the spec leaves the result to the
// implementation; mgc gives what gc's amd64 code gives, because it uses the
// same instructions:
//     int64(f), int(f)              cvttsd2si to 64 bits: 1<<63 if out of range
//     int32(f), int16(f), int8(f),  cvttsd2si to 32 bits (1<<31 if out of
//     uint16(f), uint8(f)           range), then the low bits: int8(300.0) = 44
//     uint32(f)                     cvttsd2si to 64 bits, then the low 32 bits
//     uint64(f), uint(f)            if f < 2^63 { cvttsd2si(f) }
//                                   else { cvttsd2si(f - 2^63) | 1<<63 }
#include "lower.h"

Value gen_int_conversion(Gen *g, Value x, Type *to);  // arith.c

static bool is_word_unsigned(Type *t) { return is_unsigned(t) && underlying(t)->size == 8; }

// gen_float_resize converts between float32 and float64; is32 is the target:
//     float64(x32)  =>  r = ftof x          (exact)
//     float32(x64)  =>  r = ftof.f32 x      (rounds to nearest even)
static Value gen_float_resize(Gen *g, Value x, Type *from, Type *to) {
    if (is_float32(from) == is_float32(to))
        return x;  // same representation (named types, or float64(untyped))
    IrInstr *in = emit(g, IR_FTOF);
    in->dst = ir_new_vreg(g->f, CLASS_FLOAT);
    in->a = x.w[0];
    in->is32 = is_float32(to);
    return (Value){1, {in->dst}};
}

// gen_int_to_float converts an integer word (canonically extended) to a float:
//     float64(i)   =>  r = itof.s i       (cvtsi2sd: every narrower integer,
//                                          signed or not, as an int64)
//     float64(u64) =>  r = itof.u u       (uint64, uint, uintptr: >= 2^63 is
//                                          halved, converted and doubled)
static Value gen_int_to_float(Gen *g, Value x, Type *from, Type *to) {
    IrInstr *in = emit(g, IR_ITOF);
    in->dst = ir_new_vreg(g->f, CLASS_FLOAT);
    in->a = x.w[0];
    in->sign = !is_word_unsigned(from);
    in->is32 = is_float32(to);
    return (Value){1, {in->dst}};
}

// ftoi_width is how wide gc converts a float bound for integer type t: 4
// (to int32) for the types of 2 bytes or less and int32, 8 (to int64 or
// uint64) for the rest.
static int ftoi_width(Type *t) {
    Type *u = underlying(t);
    return u->size < 4 || (u->size == 4 && !is_unsigned(u)) ? 4 : 8;
}

// gen_float_to_int converts a float to an integer type, as the table above:
//     int8(f)    =>  t = ftoi.s32 f ; r = ext.s8 t
//     uint64(f)  =>  r = ftoi.u f
static Value gen_float_to_int(Gen *g, Value x, Type *from, Type *to) {
    IrInstr *in = emit(g, IR_FTOI);
    in->dst = new_vreg(g);
    in->a = x.w[0];
    in->sign = !is_word_unsigned(to);
    in->width = ftoi_width(to);
    in->is32 = is_float32(from);
    return gen_int_conversion(g, (Value){1, {in->dst}}, to);  // keep the low bits
}

// gen_float_conversion lowers T(x) where T or x's type is a float type.
Value gen_float_conversion(Gen *g, Value x, Type *from, Type *to) {
    if (is_float(from) && is_float(to))
        return gen_float_resize(g, x, from, to);
    if (is_float(to))
        return gen_int_to_float(g, x, from, to);
    return gen_float_to_int(g, x, from, to);
}
