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
    emit_mov(g, r, eq.w[0]);
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

// ---- Indexing, slicing and conversions ------------------------------------------------

// gen_load_byte loads the byte at ptr + index, zero-extended, into dst.
VReg gen_load_byte(Gen *g, VReg ptr, VReg index, VReg dst) {
    VReg addr = emit_binop(g, IR_ADD, ptr, index);
    IrInstr *load = emit(g, IR_LOAD);
    load->dst = dst;
    load->a = addr;
    load->width = 1;
    return dst;
}

// gen_string_index lowers s[i], a byte (Go spec: Index expressions; = gc's
// OINDEX on a string). Constant strings are indexed the same way.
//     if uint64(i) >= uint64(len(s)) { panicIndex(i, len(s)) }   (bounds.c)
//     r = load.u8 [s.ptr + i]
Value gen_string_index(Gen *g, Node *e) {
    Value s = gen_expr(g, e->lhs);
    Value i = gen_expr(g, e->rhs);
    gen_index_check(g, i.w[0], s.w[1], e->rhs->ty);
    return (Value){1, {gen_load_byte(g, s.w[0], i.w[0], new_vreg(g))}};
}

// slice_base advances ptr by lo bytes, unless the result is empty: like gc,
// an empty result keeps the operand's pointer, so it never points past the
// end of the bytes (ptr + (lo & mask), mask = len != 0 ? -1 : 0).
static VReg slice_base(Gen *g, VReg ptr, VReg lo, VReg len) {
    VReg nonempty = emit_cmp(g, COND_NE, len, emit_const(g, 0), false);
    VReg mask = emit_binop(g, IR_NEG, nonempty, 0);
    return emit_binop(g, IR_ADD, ptr, emit_binop(g, IR_AND, lo, mask));
}

// gen_string_slice lowers s[lo:hi] (either bound may be omitted); the result
// shares s's bytes (Go spec: Slice expressions; = gc's state.slice):
//     if uint64(hi) > uint64(len(s)) { panicSliceAlen(hi, len(s)) }   (when hi is given)
//     if uint64(lo) > uint64(hi) { panicSliceB(lo, hi) }
//     r = (s.ptr + (lo & mask(hi - lo)), hi - lo)                     (r = (s.ptr, hi) without lo)
Value gen_string_slice(Gen *g, Node *e) {
    Value s = gen_expr(g, e->lhs);
    SliceBounds b = {.len = s.w[1], .cap = s.w[1]};
    if (e->lo) {
        b.lo = gen_expr(g, e->lo).w[0];
        b.lo_type = e->lo->ty;
    }
    if (e->hi) {
        b.hi = gen_expr(g, e->hi).w[0];
        b.hi_type = e->hi->ty;
    }
    gen_slice_check(g, &b);  // bounds.c
    VReg len = emit_binop(g, IR_SUB, b.hi, b.lo);
    VReg ptr = e->lo ? slice_base(g, s.w[0], b.lo, len) : s.w[0];
    return (Value){2, {ptr, len}};
}

// gen_intstring lowers string(x) for an integer x: the UTF-8 encoding of the
// code point x, "\uFFFD" if x is not a valid one (= gc's walkConvert):
//     r = intstring(nil, int64(x))
Value gen_intstring(Gen *g, Value x) {
    Value args[2] = {{1, {emit_const(g, 0)}}, x};
    int words[2] = {1, 1};
    return emit_call(g, "runtime.intstring", runtime_sig(2, words, 2), args, 2, 2);
}
