// arith.c: integer and boolean operators (Go spec: Arithmetic operators,
// Comparison operators, Logical operators).
//
// Integer registers hold 64-bit words. A narrower integer type is kept
// canonical, sign- or zero-extended from its width, so after an operation that
// can carry out of the width the result is re-extended:
//     int8 x + y   =>   t = add x, y ; r = ext.s8 t     (wraps like Go)
#include "lower.h"

// normalize re-extends v to t's width, which makes arithmetic wrap at it.
static VReg normalize(Gen *g, VReg v, Type *t) {
    Type *u = underlying(t);
    if (u->size >= 8 || !is_integer(u))
        return v;
    IrInstr *in = emit(g, IR_EXT);
    in->dst = new_vreg(g);
    in->a = v;
    in->width = (int)u->size;
    in->sign = !is_unsigned(u);
    return in->dst;
}

// gen_unary lowers +x, -x, ^x and !x:
//     -x => neg x     ^x => not x     !x => xor x, 1
Value gen_unary(Gen *g, Node *e) {
    if (is_float(e->ty))
        return gen_float_unary(g, e);  // float.c
    Value x = gen_expr(g, e->lhs);
    VReg r;
    switch (e->op) {
    case OP_ADD: return x;
    case OP_SUB: r = emit_binop(g, IR_NEG, x.w[0], 0); break;
    case OP_XOR: r = emit_binop(g, IR_NOT, x.w[0], 0); break;
    case OP_NOT: r = emit_binop(g, IR_XOR, x.w[0], emit_const(g, 1)); break;
    default: unreachable();  // &, * and <- are gen_unary_op's (expr.c)
    }
    return (Value){1, {normalize(g, r, e->ty)}};
}

// gen_logical lowers && and || with short-circuit evaluation:
//     r = x ; if r { r = y }        (x && y)
//     r = x ; if !r { r = y }       (x || y)
Value gen_logical(Gen *g, Node *e) {
    VReg r = new_vreg(g);
    Value x = gen_expr(g, e->lhs);
    emit_mov(g, r, x.w[0]);
    IrBlock *rhs = new_block(g, e->op == OP_LAND ? "and.rhs" : "or.rhs");
    IrBlock *done = new_block(g, e->op == OP_LAND ? "and.done" : "or.done");
    if (e->op == OP_LAND)
        emit_branch(g, r, rhs, done);
    else
        emit_branch(g, r, done, rhs);
    g->b = rhs;
    Value y = gen_expr(g, e->rhs);
    emit_mov(g, r, y.w[0]);
    start_block(g, done);
    return (Value){1, {r}};
}

static Cond cond_of(Op op) {
    switch (op) {
    case OP_EQ: return COND_EQ;
    case OP_NE: return COND_NE;
    case OP_LT: return COND_LT;
    case OP_LE: return COND_LE;
    case OP_GT: return COND_GT;
    case OP_GE: return COND_GE;
    default: unreachable();
    }
}

// gen_compare_values compares two values of type t and returns 0/1; a
// pointer, slice or map compares its first word (== nil, or the same object).
VReg gen_compare_values(Gen *g, Op op, Type *t, Value x, Value y) {
    if (is_string(t))
        return gen_string_compare(g, op, x, y);  // string.c
    if (is_aggregate(t))
        return gen_aggregate_compare(g, op, t, x, y);  // compare.c
    if (is_interface(t))
        return gen_iface_compare(g, op, t, x, y);  // iface_compare.c
    if (is_float(t))
        return gen_float_compare(g, cond_of(op), t, x.w[0], y.w[0]);  // float.c
    return emit_cmp(g, cond_of(op), x.w[0], y.w[0], !is_unsigned(t));
}

static Value gen_compare(Gen *g, Node *e) {
    if (is_interface(e->lhs->ty) || is_interface(e->rhs->ty))
        return gen_iface_compare_expr(g, e);  // iface_compare.c
    Value x = gen_expr(g, e->lhs);
    Value y = gen_expr(g, e->rhs);
    return (Value){1, {gen_compare_values(g, e->op, e->lhs->ty, x, y)}};
}

// emit_check emits a run-time check that panics through a runtime function:
//     if a <cond> 0 { panic_fn() }      (the blocks are named what.fail, what.ok)
static void emit_check(Gen *g, Cond cond, VReg a, const char *what, const char *panic_fn) {
    IrBlock *fail = new_block(g, arena_printf("%s.fail", what));
    IrBlock *ok = new_block(g, arena_printf("%s.ok", what));
    emit_branch(g, emit_cmp(g, cond, a, emit_const(g, 0), true), fail, ok);
    g->b = fail;
    emit_noreturn_call(g, panic_fn, runtime_sig(0, NULL, 0), NULL, 0);
    g->b = ok;
}

static IrOp arith_op(Op op, bool is_signed) {
    switch (op) {
    case OP_ADD: return IR_ADD;
    case OP_SUB: return IR_SUB;
    case OP_MUL: return IR_MUL;
    case OP_DIV: return IR_DIV;
    case OP_REM: return IR_REM;
    case OP_AND: return IR_AND;
    case OP_OR: return IR_OR;
    case OP_XOR: return IR_XOR;
    case OP_SHL: return IR_SHL;
    case OP_SHR: return is_signed ? IR_SAR : IR_SHR;
    default: unreachable();
    }
}

// gen_arith lowers the integer operators. Division by zero is an explicit
// test, as gc emits it (no SIGFPE; the back end's division also handles
// MinInt / -1 without trapping); a negative signed shift count panics (Go
// spec: Arithmetic operators):
//     x / y   =>  if y == 0 { panicdivide() } ; r = div x, y
//     x << y  =>  if y < 0 { panicshift() } ; r = shl x, y   (y signed only)
//     x &^ y  =>  r = and x, (not y)
// then re-extends r to the operand type's width.
Value gen_arith(Gen *g, Node *e) {
    if (e->op >= OP_EQ && e->op <= OP_GE)
        return gen_compare(g, e);
    if (is_float(e->ty))
        return gen_float_arith(g, e);  // float.c
    Type *t = e->ty;
    bool is_signed = !is_unsigned(t);
    Value x = gen_expr(g, e->lhs);
    Value y = gen_expr(g, e->rhs);
    VReg b = y.w[0];
    if (e->op == OP_DIV || e->op == OP_REM)
        emit_check(g, COND_EQ, b, "divide", "runtime.panicdivide");
    if ((e->op == OP_SHL || e->op == OP_SHR) && !is_unsigned(e->rhs->ty))
        emit_check(g, COND_LT, b, "shift", "runtime.panicshift");
    if (e->op == OP_ANDNOT) {
        VReg r = emit_binop(g, IR_AND, x.w[0], emit_binop(g, IR_NOT, b, 0));
        return (Value){1, {r}};
    }
    IrInstr *in = emit(g, arith_op(e->op, is_signed));
    in->dst = new_vreg(g);
    in->a = x.w[0];
    in->b = b;
    in->sign = is_signed;
    return (Value){1, {normalize(g, in->dst, t)}};
}

// gen_int_conversion lowers T(x) between integer types: the word is
// re-extended from T's width (int64 -> uint8 keeps the low byte).
Value gen_int_conversion(Gen *g, Value x, Type *to) {
    return (Value){1, {normalize(g, x.w[0], to)}};
}
