// convert.c: conversions to interfaces (= gc's walk/convert.go;
// GO119-INTERNALS.md §3.5). An interface value is two words: the type word
// (for an empty interface, the address of T's descriptor) and the data word.
// Only T -> any is lowered yet, for panic(v); the interfaces work extends this
// file with non-empty interfaces (itabs) and interface -> interface.
#include "lower.h"

// call_data_word calls the runtime function that boxes v, returning the data word.
static VReg call_data_word(Gen *g, const char *fn, Value *args, int nargs, const int *words) {
    return emit_call(g, fn, runtime_sig(nargs, words, 1), args, nargs, 1).w[0];
}

// value_addr is the address of a copy of v: an aggregate's Value already is
// one; a scalar is stored into a frame temporary.
static VReg value_addr(Gen *g, Value v, Type *t) {
    if (is_aggregate(t))
        return v.w[0];
    VReg tmp = gen_temp(g, t);
    gen_store(g, t, tmp, v);
    return tmp;
}

// gen_static_uint64 is &runtime.staticuint64s[v & 0xff], the data word of a
// bool or 1-byte integer (gc computes it inline, with no call).
static VReg gen_static_uint64(Gen *g, VReg v) {
    IrInstr *base = emit(g, IR_ADDR);
    base->dst = new_vreg(g);
    base->sym = "runtime.staticuint64s";
    ir_add_extern(g->m, base->sym);
    VReg index = emit_binop(g, IR_AND, v, emit_const(g, 0xff));
    return emit_binop(g, IR_ADD, base->dst, emit_binop(g, IR_SHL, index, emit_const(g, 3)));
}

// data_word_func names the runtime function that boxes a t, or NULL for the
// generic ones (= gc's dataWordFuncName). Floats go through memory (convTnoptr)
// until the IR can move a float's bits into an integer word.
static const char *data_word_func(Type *t) {
    Type *u = underlying(t);
    bool scalar = !is_aggregate(t) && !is_float(t);
    if (scalar && u->size == 2 && u->align == 2)
        return "runtime.convT16";
    if (scalar && u->size == 4 && u->align == 4 && !ptrdata(t))
        return "runtime.convT32";
    if (scalar && u->size == 8 && u->align == 8 && !ptrdata(t))
        return "runtime.convT64";
    if (u->kind == TY_STRING)
        return "runtime.convTstring";
    if (u->kind == TY_SLICE)
        return "runtime.convTslice";
    return NULL;
}

// gen_data_word is the data word of v, a value of the concrete type t (=
// gc's dataWord), trying in order:
//     t pointer-shaped (pointer, func, map, a 1-field struct of one)   v itself
//     t of size 0                                   &runtime.zerobase
//     bool or 1-byte integer                        &runtime.staticuint64s[v]
//     2, 4, 8 bytes without pointers, string, slice convT16/32/64(v), convTstring(v), convTslice(v)
//     otherwise                                     convT(type.T, &v) or convTnoptr(type.T, &v)
// gc first turns constants into read-only statics (main..stmp_N) and boxes
// values that do not escape on the stack; mgc calls the runtime for those too.
static VReg gen_data_word(Gen *g, Value v, Type *t) {
    if (is_direct_iface(t))
        return is_aggregate(t) ? gen_load(g, ty_uintptr, v.w[0]).w[0] : v.w[0];
    if (underlying(t)->size == 0) {
        IrInstr *in = emit(g, IR_ADDR);
        in->dst = new_vreg(g);
        in->sym = "runtime.zerobase";
        ir_add_extern(g->m, in->sym);
        return in->dst;
    }
    if (is_boolean(t) || (is_integer(t) && underlying(t)->size == 1))
        return gen_static_uint64(g, v.w[0]);
    const char *fn = data_word_func(t);
    if (fn) {
        int words[1] = {v.n};
        return call_data_word(g, fn, &v, 1, words);
    }
    Value args[2] = {{1, {gen_type_addr(g, t)}}, {1, {value_addr(g, v, t)}}};
    int words[2] = {1, 1};
    return call_data_word(g, ptrdata(t) ? "runtime.convT" : "runtime.convTnoptr", args, 2, words);
}

// gen_to_eface converts v of type t to an empty interface (= gc's
// walkConvInterface for E = any):
//     eface{type: &type.T, data: dataWord(v)}
// A value that already is an interface (recover()'s, nil converted to any)
// stays as it is.
Value gen_to_eface(Gen *g, Value v, Type *t) {
    if (is_interface(t))
        return v;
    return (Value){2, {gen_type_addr(g, t), gen_data_word(g, v, t)}};
}
