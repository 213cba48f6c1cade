// bounds.c: bounds checks for indexing and slicing (Go spec: Index
// expressions, Slice expressions; = gc's ssagen boundsCheck and the checks of
// its state.slice).
//
// Every check compares unsigned 64-bit words, so one comparison also catches a
// negative index (it is a huge unsigned number):
//     x[i]          if uint64(i) >= uint64(len) { panicIndex(i, len) }
//     x[lo:hi]      if uint64(hi) > uint64(cap) { panicSliceAcap(hi, cap) }   (slices)
//                   if uint64(hi) > uint64(len) { panicSliceAlen(hi, len) }   (strings, arrays)
//                   if uint64(lo) > uint64(hi)  { panicSliceB(lo, hi) }
//     x[lo:hi:max]  if uint64(max) > uint64(cap) { panicSlice3Acap(max, cap) } (slices)
//                   if uint64(max) > uint64(len) { panicSlice3Alen(max, len) } (arrays)
//                   if uint64(hi) > uint64(max) { panicSlice3B(hi, max) }
//                   if uint64(lo) > uint64(hi)  { panicSlice3C(lo, hi) }
// The bounds are checked from the right, as gc does, so each one is compared
// with a value already known to be non-negative (golang.org/issue/28797), and
// an omitted bound is not checked against the value it defaults to (x[lo:]
// only checks lo <= len). go1.19's messages (runtime/error.c):
//     panicIndex(5, 3)        index out of range [5] with length 3
//     panicIndex(-1, 3)       index out of range [-1]
//     panicSliceAlen(5, 3)    slice bounds out of range [:5] with length 3
//     panicSliceAcap(5, 3)    slice bounds out of range [:5] with capacity 3
//     panicSliceB(3, 2)       slice bounds out of range [3:2]
//     panicSliceB(-1, 2)      slice bounds out of range [-1:]
//     panicSlice3Alen(5, 3)   slice bounds out of range [::5] with length 3
//     panicSlice3Acap(5, 3)   slice bounds out of range [::5] with capacity 3
//     panicSlice3B(3, 2)      slice bounds out of range [:3:2]
//     panicSlice3C(2, 1)      slice bounds out of range [2:1:]
// The U forms (panicIndexU, ...) print the offending value as unsigned; gc
// calls them when that value's type is an unsigned type of a word's size
// (uint, uint64, uintptr). A narrower index is first extended to an int, so
// it takes the signed form, which prints it the same way.
#include "lower.h"

// unsigned_word says whether gc reports a bound of type t with a U function.
static bool unsigned_word(Type *t) {
    return t && is_unsigned(t) && underlying(t)->size == 8;
}

// emit_bounds_check emits
//     if !(uint64(x) cond uint64(y)) { fn(x, y) }      (fn + "U" for an unsigned x)
// with the failing call in a block of its own; cond is COND_LT (an index) or
// COND_LE (a slice bound).
static void emit_bounds_check(Gen *g, Cond cond, VReg x, Type *x_type, VReg y, const char *fn) {
    const char *what = cond == COND_LT ? "index" : "slice";
    IrBlock *ok = new_block(g, arena_printf("%s.ok", what));
    IrBlock *fail = new_block(g, arena_printf("%s.fail", what));
    emit_branch(g, emit_cmp(g, cond, x, y, false), ok, fail);
    g->b = fail;
    Value args[2] = {{1, {x}}, {1, {y}}};
    int words[2] = {1, 1};
    const char *sym = arena_printf("runtime.%s%s", fn, unsigned_word(x_type) ? "U" : "");
    emit_noreturn_call(g, sym, runtime_sig(2, words, 0), args, 2);
    g->b = ok;
}

// gen_index_check checks 0 <= index < len for x[index] (see the top of the file).
void gen_index_check(Gen *g, VReg index, VReg len, Type *index_type) {
    emit(g, IR_COMMENT)->text = "bounds check: 0 <= index < len, as one unsigned compare";
    emit_bounds_check(g, COND_LT, index, index_type, len, "panicIndex");
}

// gen_slice_check checks the bounds of x[lo:hi] or x[lo:hi:max] in gc's order
// and fills in the omitted ones: lo = 0, hi = len, max = cap. The caller then
// computes the result: len = hi - lo, cap = max - lo, ptr = x.ptr + lo * size.
void gen_slice_check(Gen *g, SliceBounds *b) {
    emit(g, IR_COMMENT)->text = "slice bounds checks, from the right: 0 <= lo <= hi <= max <= cap";
    const char *cap_check = b->three ? (b->is_slice ? "panicSlice3Acap" : "panicSlice3Alen")
                                     : (b->is_slice ? "panicSliceAcap" : "panicSliceAlen");
    bool hi_omitted = !b->hi;
    if (!b->lo) {
        b->lo = emit_const(g, 0);
        b->lo_type = NULL;
    }
    if (hi_omitted)
        b->hi = b->len;
    if (b->three) {
        emit_bounds_check(g, COND_LE, b->max, b->max_type, b->cap, cap_check);
        emit_bounds_check(g, COND_LE, b->hi, b->hi_type, b->max, "panicSlice3B");
        emit_bounds_check(g, COND_LE, b->lo, b->lo_type, b->hi, "panicSlice3C");
        return;
    }
    b->max = b->cap;
    if (!hi_omitted || b->is_slice)  // a string's or array's len is its cap: nothing to check
        emit_bounds_check(g, COND_LE, b->hi, hi_omitted ? NULL : b->hi_type, b->cap, cap_check);
    emit_bounds_check(g, COND_LE, b->lo, b->lo_type, b->hi, "panicSliceB");
}
