// float.c: float32 and float64 values (Go spec: Arithmetic operators,
// Comparison operators; IEEE 754 as SSE2 implements it). Conversions are in
// floatconv.c.
//
// A float is one CLASS_FLOAT word: a float64, or a float32 in the word's low
// 4 bytes. Every float32 operation is done in float32 (addss, not addsd), so
// each result is rounded to float32 as Go requires, not kept wider:
//     float32 x*y + z   =>   t = fmul.f32 x, y ; r = fadd.f32 t, z
// An untyped float constant that stays untyped (println(1.5)) is a float64,
// its default type.
#include "lower.h"

bool is_float32(Type *t) { return underlying(t)->kind == TY_FLOAT32; }

static VReg new_float_vreg(Gen *g) { return ir_new_vreg(g->f, CLASS_FLOAT); }

// gen_float_const materializes a numeric constant of a float type. The value
// is rounded once, from the checker's exact value straight to the type
// (float32(0.1) is not float32(float64(0.1)) in general):
//     r = fconst 0.1          (float64)
//     r = fconst.f32 0.1      (float32: the nearest float32, held in a double)
Value gen_float_const(Gen *g, ConstValue *c, Type *t) {
    IrInstr *in = emit(g, IR_FCONST);
    in->dst = new_float_vreg(g);
    in->is32 = is_float32(t);
    in->fimm = const_float(c, in->is32 ? 4 : 8);
    return (Value){1, {in->dst}};
}

static VReg emit_float_op(Gen *g, IrOp op, VReg a, VReg b, bool is32) {
    IrInstr *in = emit(g, op);
    in->dst = new_float_vreg(g);
    in->a = a;
    in->b = b;
    in->is32 = is32;
    return in->dst;
}

static IrOp float_op(Op op) {
    switch (op) {
    case OP_ADD: return IR_FADD;
    case OP_SUB: return IR_FSUB;
    case OP_MUL: return IR_FMUL;
    case OP_DIV: return IR_FDIV;
    default: unreachable();  // % & | ^ << >> &^ are not defined on floats (checker)
    }
}

// gen_float_arith lowers x + y, x - y, x * y, x / y on floats:
//     x / y   =>   r = fdiv x, y
// with no check: dividing by zero gives +Inf, -Inf or NaN (IEEE 754), never a
// panic, unlike integer division.
Value gen_float_arith(Gen *g, Node *e) {
    Value x = gen_expr(g, e->lhs);
    Value y = gen_expr(g, e->rhs);
    return (Value){1, {emit_float_op(g, float_op(e->op), x.w[0], y.w[0], is_float32(e->ty))}};
}

// gen_float_unary lowers -x and +x on floats:
//     -x   =>   r = fneg x      (flips the sign bit: -(+0) is -0, as in Go;
//                                0 - x would give +0)
Value gen_float_unary(Gen *g, Node *e) {
    Value x = gen_expr(g, e->lhs);
    if (e->op == OP_ADD)
        return x;
    return (Value){1, {emit_float_op(g, IR_FNEG, x.w[0], 0, is_float32(e->ty))}};
}

// gen_float_compare compares two floats of type t (0/1):
//     x < y   =>   r = fcmp.lt x, y
// Every comparison with a NaN is false except !=, which is true; -0 == +0.
VReg gen_float_compare(Gen *g, Cond cond, Type *t, VReg x, VReg y) {
    IrInstr *in = emit(g, IR_FCMP);
    in->dst = new_vreg(g);
    in->cond = cond;
    in->a = x;
    in->b = y;
    in->is32 = is_float32(t);
    return in->dst;
}

// gen_print_float prints a float for print/println (= gc walkPrint, which
// widens a float32 first):
//     printfloat(float64(x))
void gen_print_float(Gen *g, Value x, Type *t) {
    static RegClass float_word = CLASS_FLOAT;
    static IrParam param = {1, &float_word};
    static const IrSig sig = {.nparams = 1, .params = &param};
    x = gen_float_conversion(g, x, t, ty_float64);  // floatconv.c
    emit_call(g, "runtime.printfloat", &sig, &x, 1, 0);
}
