// compare.c: == and != on structs and arrays (Go spec: Comparison operators;
// = gc's walk/compare.go, which calls memequal for plain memory and compares
// part by part otherwise).
//
//     a == b, plain memory (ints, bools, pointers, no padding)
//         =>  memequal(&a, &b, sizeof(a))
//     a == b, otherwise
//         =>  a.f1 == b.f1 && a.f2 == b.f2 ...      (blank fields are skipped)
//             for i := 0; i < len; i++ { if a[i] != b[i] { false } }
#include "lower.h"

#include <string.h>

static VReg gen_parts_equal(Gen *g, Type *t, VReg a, VReg b, IrBlock *differ);

// gen_branch_unless_equal jumps to differ unless the t values at a and b are equal.
static void gen_branch_unless_equal(Gen *g, Type *t, VReg a, VReg b, IrBlock *differ) {
    VReg eq;
    if (is_aggregate(t))
        eq = gen_parts_equal(g, t, a, b, differ);
    else
        eq = gen_compare_values(g, OP_EQ, t, gen_load(g, t, a), gen_load(g, t, b));
    IrBlock *next = new_block(g, "eq.next");
    emit_branch(g, eq, next, differ);
    g->b = next;
}

// gen_array_loop compares the elements of two arrays one by one.
static void gen_array_loop(Gen *g, Type *u, VReg a, VReg b, IrBlock *differ) {
    VReg i = new_vreg(g);
    IrInstr *zero = emit(g, IR_CONST);
    zero->dst = i;
    IrBlock *cond = new_block(g, "eq.loop");
    IrBlock *body = new_block(g, "eq.elem");
    IrBlock *done = new_block(g, "eq.loopdone");
    start_block(g, cond);
    emit_branch(g, emit_cmp(g, COND_LT, i, emit_const(g, u->len), true), body, done);
    g->b = body;
    VReg off = emit_binop(g, IR_MUL, i, emit_const(g, u->elem->size));
    gen_branch_unless_equal(g, u->elem, emit_binop(g, IR_ADD, a, off), emit_binop(g, IR_ADD, b, off),
                            differ);
    emit_increment(g, i, 1);
    emit_jmp(g, cond);
    g->b = done;
}

// gen_parts_equal compares two aggregates in memory part by part; a
// mismatch jumps to differ. It returns 1 (reached only when all parts match).
static VReg gen_parts_equal(Gen *g, Type *t, VReg a, VReg b, IrBlock *differ) {
    Type *u = underlying(t);
    if (is_regular_memory(t)) {
        Value args[3] = {{1, {a}}, {1, {b}}, {1, {emit_const(g, t->size)}}};
        int words[3] = {1, 1, 1};
        return emit_call(g, "runtime.memequal", runtime_sig(3, words, 1), args, 3, 1).w[0];
    }
    if (u->kind == TY_ARRAY) {
        gen_array_loop(g, u, a, b, differ);
        return emit_const(g, 1);
    }
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = VEC_AT(&u->fields, i);
        if (strcmp(f->name, "_") != 0)
            gen_branch_unless_equal(g, f->type, gen_offset(g, a, f->offset),
                                    gen_offset(g, b, f->offset), differ);
    }
    return emit_const(g, 1);
}

// gen_aggregate_compare lowers x == y and x != y for struct or array values
// (their Values are addresses):
//     r = 1 ; <compare parts, jump to eq.differ on a mismatch> ; goto eq.done
//     eq.differ: r = 0
//     eq.done:   (r = r ^ 1 for !=)
VReg gen_aggregate_compare(Gen *g, Op op, Type *t, Value x, Value y) {
    VReg r = new_vreg(g);
    IrBlock *differ = new_block(g, "eq.differ");
    IrBlock *done = new_block(g, "eq.done");
    VReg eq = gen_parts_equal(g, t, x.w[0], y.w[0], differ);
    emit_mov(g, r, eq);
    emit_jmp(g, done);
    g->b = differ;
    IrInstr *zero = emit(g, IR_CONST);
    zero->dst = r;
    start_block(g, done);
    return op == OP_EQ ? r : emit_binop(g, IR_XOR, r, emit_const(g, 1));
}
