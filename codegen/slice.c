// slice.c: slices (Go spec: Slice types, Appending to and copying slices,
// Making slices; = gc's walk/builtin.go walkAppend, walkCopy, walkMakeSlice and
// ssagen's slicing). A slice Value is (ptr, len, cap).
#include "lower.h"

enum { PTR, LEN, CAP };

static VReg elem_offset(Gen *g, VReg base, VReg index, Type *elem) {
    return emit_binop(g, IR_ADD, base, emit_binop(g, IR_MUL, index, emit_const(g, elem->size)));
}

static void call_memmove(Gen *g, VReg dst, VReg src, VReg nbytes) {
    Value args[3] = {{1, {dst}}, {1, {src}}, {1, {nbytes}}};
    int words[3] = {1, 1, 1};
    emit_call(g, "runtime.memmove", runtime_sig(3, words, 0), args, 3, 0);
}

// gen_make_slice lowers make([]T, len[, cap]):
//     p = makeslice(type.T, len, cap) ; s = (p, len, cap)
// With constant sizes and a backing array that does not escape (escape/),
// the array is a cleared frame slot instead:
//     p = &slot [cap]T ; *p = [cap]T{} ; s = (p, len, cap)
Value gen_make_slice(Gen *g, Node *call) {
    Type *elem = underlying(call->ty)->elem;
    Node *last = call->list.items[call->list.len - 1];
    if (call->stack_alloc && last->cval && ((Node *)call->list.items[1])->cval) {
        Type *array = new_array(elem, const_int64(last->cval));
        VReg p = gen_alloc(g, array, call, true);
        VReg len = gen_expr(g, call->list.items[1]).w[0];
        return (Value){3, {p, len, emit_const(g, const_int64(last->cval))}};
    }
    VReg len = gen_expr(g, call->list.items[1]).w[0];
    VReg cap = call->list.len > 2 ? gen_expr(g, call->list.items[2]).w[0] : len;
    Value args[3] = {{1, {gen_type_addr(g, elem)}}, {1, {len}}, {1, {cap}}};
    int words[3] = {1, 1, 1};
    VReg p = emit_call(g, "runtime.makeslice", runtime_sig(3, words, 1), args, 3, 1).w[0];
    ((IrInstr *)VEC_LAST(&g->b->instrs))->text = call->esc_what;  // -m, for inlined copies
    return (Value){3, {p, len, cap}};
}

// gen_grow makes room for n more elements in s (whose words it updates):
//     newlen = s.len + n
//     if uint(newlen) > uint(s.cap) { s = growslice(type.T, s, newlen) }
//     s.len = newlen
static void gen_grow(Gen *g, Value *s, VReg n, Type *elem) {
    VReg newlen = emit_binop(g, IR_ADD, s->w[LEN], n);
    IrBlock *grow = new_block(g, "append.grow");
    IrBlock *done = new_block(g, "append.done");
    emit_branch(g, emit_cmp(g, COND_GT, newlen, s->w[CAP], false), grow, done);
    g->b = grow;
    Value args[3] = {{1, {gen_type_addr(g, elem)}}, *s, {1, {newlen}}};
    int words[3] = {1, 3, 1};
    Value grown = emit_call(g, "runtime.growslice", runtime_sig(3, words, 3), args, 3, 3);
    emit_mov(g, s->w[PTR], grown.w[PTR]);  // the length is set below
    emit_mov(g, s->w[CAP], grown.w[CAP]);
    start_block(g, done);
    emit_mov(g, s->w[LEN], newlen);
}

// gen_append lowers append(s, x, y) and append(s, t...) (t a slice, or a
// string appended to a []byte). Every argument is evaluated first:
//     oldlen = s.len ; <grow s by n>
//     s.ptr[oldlen] = x ; s.ptr[oldlen+1] = y          (or memmove t's elements)
Value gen_append(Gen *g, Node *call) {
    Type *elem = underlying(call->ty)->elem;
    Value s = copy_value(g, gen_expr(g, call->list.items[0]));  // registers gen_grow updates
    if (call->has_ellipsis) {
        Value t = gen_expr(g, call->list.items[1]);
        VReg oldlen = emit_copy(g, s.w[LEN]);
        gen_grow(g, &s, t.w[LEN], elem);
        call_memmove(g, elem_offset(g, s.w[PTR], oldlen, elem), t.w[PTR],
                     emit_binop(g, IR_MUL, t.w[LEN], emit_const(g, elem->size)));
        return s;
    }
    int n = call->list.len - 1;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        vals[i] = gen_expr(g, call->list.items[i + 1]);
    VReg oldlen = emit_copy(g, s.w[LEN]);
    gen_grow(g, &s, emit_const(g, n), elem);
    VReg end = elem_offset(g, s.w[PTR], oldlen, elem);
    for (int i = 0; i < n; i++)
        gen_store(g, elem, gen_offset(g, end, i * elem->size), vals[i]);
    return s;
}

// gen_copy_slices lowers copy(dst, src) (src a slice or a string):
//     n = min(dst.len, src.len) ; memmove(dst.ptr, src.ptr, n*sizeof(T)) ; n
Value gen_copy_slices(Gen *g, Node *call) {
    Value dst = gen_expr(g, call->list.items[0]);
    Value src = gen_expr(g, call->list.items[1]);
    Type *elem = underlying(call->list.items[0]->ty)->elem;
    VReg n = emit_copy(g, dst.w[LEN]);
    IrBlock *shorter = new_block(g, "copy.src");
    IrBlock *done = new_block(g, "copy.move");
    emit_branch(g, emit_cmp(g, COND_LT, src.w[LEN], n, true), shorter, done);
    g->b = shorter;
    emit_mov(g, n, src.w[LEN]);
    start_block(g, done);
    call_memmove(g, dst.w[PTR], src.w[PTR], emit_binop(g, IR_MUL, n, emit_const(g, elem->size)));
    return (Value){1, {n}};
}

// ---- Slicing (Go spec: Slice expressions) ------------------------------------------------

// gen_slice_operand gives the base pointer, length and capacity of what is
// sliced: a slice's own words, or an array's address and constant length.
static void gen_slice_operand(Gen *g, Node *x, VReg *ptr, VReg *len, VReg *cap) {
    Type *t = underlying(x->ty);
    if (t->kind == TY_SLICE) {
        Value s = gen_expr(g, x);
        *ptr = s.w[PTR], *len = s.w[LEN], *cap = s.w[CAP];
        return;
    }
    if (t->kind == TY_POINTER) {
        *ptr = gen_expr(g, x).w[0];
        gen_nil_check(g, *ptr);
        t = underlying(t->elem);
    } else {
        *ptr = gen_addr(g, x);  // an addressable array (escape.c moved it to the heap)
    }
    *len = *cap = emit_const(g, t->len);
}

// gen_slice_expr lowers x[lo:hi] and x[lo:hi:max] of a slice, array or
// pointer to array, after gc's checks (bounds.c gen_slice_check):
//     r = (ptr + lo*sizeof(T) (or ptr when the result's cap is 0), hi - lo, max - lo)
Value gen_slice_expr(Gen *g, Node *e) {
    VReg ptr, len, cap;
    gen_slice_operand(g, e->lhs, &ptr, &len, &cap);
    SliceBounds b = {.len = len, .cap = cap, .three = e->slice3,
                     .is_slice = underlying(e->lhs->ty)->kind == TY_SLICE};
    if (e->lo)
        b.lo = gen_expr(g, e->lo).w[0], b.lo_type = e->lo->ty;
    if (e->hi)
        b.hi = gen_expr(g, e->hi).w[0], b.hi_type = e->hi->ty;
    if (e->max)
        b.max = gen_expr(g, e->max).w[0], b.max_type = e->max->ty;
    gen_slice_check(g, &b);  // bounds.c; sets the omitted bounds
    VReg lo = b.lo, hi = b.hi, max = b.max;
    Type *elem = underlying(e->ty)->elem;
    VReg newlen = emit_binop(g, IR_SUB, hi, lo);
    VReg newcap = emit_binop(g, IR_SUB, max, lo);
    // Pointing past the end would keep the next object alive: step by lo only
    // if the result has room (= gc's mask of the offset with cap-1 >> 63).
    VReg delta = emit_binop(g, IR_MUL, lo, emit_const(g, elem->size));
    VReg has_room = emit_cmp(g, COND_NE, newcap, emit_const(g, 0), true);
    delta = emit_binop(g, IR_MUL, delta, has_room);
    return (Value){3, {emit_binop(g, IR_ADD, ptr, delta), newlen, newcap}};
}

// ---- Conversions between strings and slices (Go spec: Conversions to and from a string type)

static bool is_byte_or_rune_slice(Type *t, TypeKind elem) {
    Type *u = underlying(t);
    return u->kind == TY_SLICE && underlying(u->elem)->kind == elem;
}

// gen_string_conversion lowers the four conversions between strings and
// byte or rune slices, each a copy made by the runtime (nil: no stack buffer):
//     []byte(s) => stringtoslicebyte(nil, s)    string(b) => slicebytetostring(nil, b.ptr, b.len)
//     []rune(s) => stringtoslicerune(nil, s)    string(r) => slicerunetostring(nil, r)
// It returns false, emitting nothing, for any other conversion.
bool gen_string_conversion(Gen *g, Type *to, Node *arg, Value *out) {
    const char *fn;
    if (is_string(arg->ty) && is_byte_or_rune_slice(to, TY_UINT8))
        fn = "runtime.stringtoslicebyte";
    else if (is_string(arg->ty) && is_byte_or_rune_slice(to, TY_INT32))
        fn = "runtime.stringtoslicerune";
    else if (is_string(to) && is_byte_or_rune_slice(arg->ty, TY_UINT8))
        fn = "runtime.slicebytetostring";
    else if (is_string(to) && is_byte_or_rune_slice(arg->ty, TY_INT32))
        fn = "runtime.slicerunetostring";
    else
        return false;
    Value x = gen_expr(g, arg);
    Value args[3] = {{1, {emit_const(g, 0)}}, x};
    int words[3] = {1, x.n};
    int nargs = 2;
    if (x.n == 3 && is_string(to) && underlying(underlying(arg->ty)->elem)->kind == TY_UINT8) {
        args[1] = (Value){1, {x.w[PTR]}};  // slicebytetostring(buf, ptr, n)
        args[2] = (Value){1, {x.w[LEN]}};
        words[1] = words[2] = 1;
        nargs = 3;
    }
    *out = emit_call(g, fn, runtime_sig(nargs, words, is_string(to) ? 2 : 3), args, nargs,
                     is_string(to) ? 2 : 3);
    return true;
}

// gen_slice_to_array_pointer lowers (*[N]T)(s) (Go spec: Conversions from
// slice to array pointer): the slice's pointer, once its length is known to
// be at least N:
//     if uint(N) > uint(s.len) { panicSliceConvert(N, s.len) } ; p = s.ptr
// It returns false, emitting nothing, for any other conversion.
bool gen_slice_to_array_pointer(Gen *g, Type *to, Node *arg, Value *out) {
    Type *ut = underlying(to);
    if (underlying(arg->ty)->kind != TY_SLICE || ut->kind != TY_POINTER ||
        underlying(ut->elem)->kind != TY_ARRAY)
        return false;
    Value s = gen_expr(g, arg);
    VReg n = emit_const(g, underlying(ut->elem)->len);
    IrBlock *fail = new_block(g, "convert.fail");
    IrBlock *ok = new_block(g, "convert.ok");
    emit_branch(g, emit_cmp(g, COND_GT, n, s.w[LEN], false), fail, ok);
    g->b = fail;
    Value args[2] = {{1, {n}}, {1, {s.w[LEN]}}};
    int words[2] = {1, 1};
    emit_noreturn_call(g, "runtime.panicSliceConvert", runtime_sig(2, words, 0), args, 2);
    g->b = ok;
    *out = (Value){1, {s.w[PTR]}};
    return true;
}
