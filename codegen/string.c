// string.c: string operators (Go spec: String concatenation, Comparison
// operators). A string is two words: (ptr, len).
#include "lower.h"

// collect_concat flattens a+b+c into its operands, as gc's walkAddString does,
// so one runtime call builds the whole result.
static void collect_concat(Node *e, Vec *out) {
    if (e->kind == EXPR_BINARY && e->op == OP_ADD && !e->cval) {
        collect_concat(e->lhs, out);
        collect_concat(e->rhs, out);
        return;
    }
    if (e->kind == EXPR_PAREN && !e->cval)
        return collect_concat(e->lhs, out);
    vec_push(out, e);
}

// gen_string_concat lowers a + b + ... (= gc walkAddString):
//     r = concatstringN(a, b, ...)                 (2 <= N <= 5)
//     tmp = [a, b, ...] ; r = concatstrings(&tmp, N)   (more)
Value gen_string_concat(Gen *g, Node *e) {
    Vec parts = {0};
    collect_concat(e, &parts);
    int n = parts.len;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)n);
    for (int i = 0; i < n; i++)
        vals[i] = gen_expr(g, VEC_AT(&parts, i));
    if (n <= 5) {
        int words[5] = {2, 2, 2, 2, 2};
        return emit_call(g, arena_printf("runtime.concatstring%d", n), runtime_sig(n, words, 2),
                         vals, n, 2);
    }
    int slot = ir_new_slot(g->f, 16 * n, 8, "concat operands");
    IrInstr *addr = emit(g, IR_FRAME_ADDR);
    addr->dst = new_vreg(g);
    addr->slot = slot;
    for (int i = 0; i < n; i++)
        for (int w = 0; w < 2; w++) {
            IrInstr *st = emit(g, IR_STORE);
            st->a = addr->dst;
            st->imm = 16 * i + 8 * w;
            st->b = vals[i].w[w];
            st->width = 8;
        }
    Value args[2] = {{1, {addr->dst}}, {1, {emit_const(g, n)}}};
    int words[2] = {1, 1};
    return emit_call(g, "runtime.concatstrings", runtime_sig(2, words, 2), args, 2, 2);
}

// gen_string_equal lowers a == b (= gc walkCompareString):
//     r = len(a) == len(b) ; if r { r = memequal(a.ptr, b.ptr, len(a)) }
static VReg gen_string_equal(Gen *g, Value a, Value b) {
    VReg r = emit_cmp(g, COND_EQ, a.w[1], b.w[1], true);
    IrBlock *same_len = new_block(g, "streq.bytes");
    IrBlock *done = new_block(g, "streq.done");
    emit_branch(g, r, same_len, done);
    g->b = same_len;
    Value args[3] = {{1, {a.w[0]}}, {1, {b.w[0]}}, {1, {a.w[1]}}};
    int words[3] = {1, 1, 1};
    Value eq = emit_call(g, "runtime.memequal", runtime_sig(3, words, 1), args, 3, 1);
    IrInstr *mov = emit(g, IR_MOV);
    mov->dst = r;
    mov->a = eq.w[0];
    start_block(g, done);
    return r;
}

// gen_string_compare lowers a string comparison to 0/1:
//     a == b  =>  gen_string_equal          a != b  =>  !(a == b)
//     a < b   =>  cmpstring(a, b) < 0       (likewise <=, >, >=)
VReg gen_string_compare(Gen *g, Op op, Value a, Value b) {
    if (op == OP_EQ)
        return gen_string_equal(g, a, b);
    if (op == OP_NE)
        return emit_binop(g, IR_XOR, gen_string_equal(g, a, b), emit_const(g, 1));
    int words[2] = {2, 2};
    Value args[2] = {a, b};
    Value c = emit_call(g, "runtime.cmpstring", runtime_sig(2, words, 1), args, 2, 1);
    Cond cond = op == OP_LT ? COND_LT : op == OP_LE ? COND_LE : op == OP_GT ? COND_GT : COND_GE;
    return emit_cmp(g, cond, c.w[0], emit_const(g, 0), true);
}
