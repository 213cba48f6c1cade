// compare.c: == and != on structs and arrays (Go spec: Comparison operators;
// = gc's walk/compare.go). The two values are compared in memory as the
// type's equality function type..eq.T does (alg.c), inline:
//
//     a == b, plain memory (ints, bools, pointers, no padding)
//         =>  memequal(&a, &b, sizeof(a))       (one load and compare if small)
//     a == b, otherwise
//         =>  a.f1 == b.f1 && a.f2 == b.f2 ...  (blank fields skipped, runs of
//                                                plain fields one memequal)
//             for i := 0; i < len; i++ { if a[i] != b[i] { false } }
#include "lower.h"

// gen_aggregate_compare lowers x == y and x != y for struct or array values
// (their Values are addresses):
//     <compare the parts, jump to eq.differ on a mismatch> ; r = 1 ; goto eq.done
//     eq.differ: r = 0
//     eq.done:   (r = r ^ 1 for !=)
VReg gen_aggregate_compare(Gen *g, Op op, Type *t, Value x, Value y) {
    VReg r = new_vreg(g);
    IrBlock *differ = new_block(g, "eq.differ");
    IrBlock *done = new_block(g, "eq.done");
    gen_equal_parts(g, t, x.w[0], y.w[0], differ);  // alg.c
    emit_set_const(g, r, 1);
    emit_jmp(g, done);
    g->b = differ;
    emit_set_const(g, r, 0);
    start_block(g, done);
    return op == OP_EQ ? r : emit_binop(g, IR_XOR, r, emit_const(g, 1));
}
