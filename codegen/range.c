// range.c: for statements with a range clause (Go spec: For statements with
// range clause; = gc's walk/range.go). The range operand is evaluated once,
// before the loop; the iteration variables are assigned at the top of each
// iteration from hidden counters, so the body may change them freely.
//
// Go 1.19 has one set of iteration variables per loop, not per iteration:
// `for i, v := range x` declares i and v once, before the loop, and every
// iteration assigns them (so &i is the same address in every iteration).
#include "lower.h"

#include <string.h>

static bool is_blank(Node *e) {
    e = unparen(e);
    return e->kind == EXPR_IDENT && strcmp(e->name, "_") == 0;
}

// declare_iteration_vars creates the variables of `for k, v := range x`,
// holding their zero values, before the loop.
void declare_iteration_vars(Gen *g, Node *s) {
    Node *vars[2] = {s->key, s->value};
    for (int i = 0; i < 2; i++) {
        if (!s->define || !vars[i] || is_blank(vars[i]))
            continue;
        Object *o = unparen(vars[i])->obj;
        declare_local(g, o, gen_zero_value(g, o->type));
    }
}

// assign_iteration stores the iteration values into the range clause's
// variables (declared by declare_iteration_vars, or any assignable
// operands of `for k, v = range x`) as one tuple assignment: v1, v2 = key, val.
static void assign_iteration(Gen *g, Node *s, Value key, Value val) {
    Node *lhs[2] = {s->key, s->value};
    Value vals[2] = {key, val};
    convert_range_values(g, s, vals);   // tuple.c
    gen_assign_tuple(g, lhs, vals, 2);  // assign.c
}

// gen_range_body assigns the iteration values and lowers the body, with
// break going to done and continue to next.
void gen_range_body(Gen *g, Node *s, const char *label, Value key, Value val,
                    IrBlock *next, IrBlock *done) {
    assign_iteration(g, s, key, val);
    Loop loop = {.outer = g->loop, .brk = done, .cont = next, .label = label};
    g->loop = &loop;
    gen_block(g, s->body);
    g->loop = loop.outer;
    if (!ir_block_terminated(g->b))
        emit_jmp(g, next);
}

// decode_rune sets hv2 to the rune starting at byte hv1 of ha and advances
// hv1 past it; an ASCII byte is decoded inline:
//     hv2 = rune(ha[hv1])
//     if hv2 < utf8.RuneSelf { hv1++ } else { hv2, hv1 = decoderune(ha, hv1) }
static void decode_rune(Gen *g, Value ha, VReg hv1, VReg hv2) {
    gen_load_byte(g, ha.w[0], hv1, hv2);  // string.c
    IrBlock *ascii = new_block(g, "range.ascii");
    IrBlock *multi = new_block(g, "range.decoderune");
    IrBlock *next = new_block(g, "range.decoded");
    emit_branch(g, emit_cmp(g, COND_LT, hv2, emit_const(g, 0x80), false), ascii, multi);
    g->b = ascii;
    emit_mov(g, hv1, emit_binop(g, IR_ADD, hv1, emit_const(g, 1)));
    emit_jmp(g, next);
    g->b = multi;
    Value args[2] = {ha, {1, {hv1}}};
    int words[2] = {2, 1};
    Value r = emit_call(g, "runtime.decoderune", runtime_sig(2, words, 2), args, 2, 2);
    emit_mov(g, hv2, r.w[0]);
    emit_mov(g, hv1, r.w[1]);
    start_block(g, next);
}

// gen_range_string lowers `for k, v := range s` over the UTF-8 encoded runes
// of s; an invalid byte decodes as U+FFFD of width 1 (= gc's walkRange for
// strings, runtime.decoderune):
//     ha := s
//     hv1 := 0
//     range.cond: if hv1 >= len(ha) goto range.done    (continue jumps here)
//     hv1t := hv1
//     <decode_rune: hv2 = the rune at hv1, hv1 advanced past it>
//     k, v = hv1t, hv2
//     body ; goto range.cond
//     range.done:                                        (break jumps here)
static void gen_range_string(Gen *g, Node *s) {
    const char *label = take_label(g);
    declare_iteration_vars(g, s);
    Value ha = gen_expr(g, s->rhs);
    VReg hv1 = emit_copy(g, emit_const(g, 0));
    VReg hv2 = new_vreg(g);
    IrBlock *cond = new_block(g, "range.cond");
    IrBlock *body = new_block(g, "range.body");
    IrBlock *done = new_block(g, "range.done");
    start_block(g, cond);
    emit_branch(g, emit_cmp(g, COND_LT, hv1, ha.w[1], true), body, done);
    g->b = body;
    VReg hv1t = emit_copy(g, hv1);
    decode_rune(g, ha, hv1, hv2);
    gen_range_body(g, s, label, (Value){1, {hv1t}}, (Value){1, {emit_copy(g, hv2)}}, cond, done);
    g->b = done;
}

// ---- Arrays, pointers to arrays and slices ----------------------------------------

// contains_call says whether e contains a function call, so that len(e) of
// an array is not a constant (Go spec: Length and capacity).
static bool contains_call(Node *e) {
    if (!e || e->cval || e->kind == EXPR_FUNC_LIT)
        return false;
    if (e->kind == EXPR_CALL && !(e->flags & NODE_CONVERSION))
        return true;
    Node *parts[] = {e->lhs, e->rhs, e->lo, e->hi, e->max};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (contains_call(parts[i]))
            return true;
    for (int i = 0; i < e->list.len; i++)
        if (contains_call(e->list.items[i]))
            return true;
    return false;
}

// gen_calls_in evaluates only the calls inside e, left to right, for their
// effects: what remains of `for i := range x` over an array when x is not
// otherwise evaluated (= gc's order pass, which moves each call into a
// temporary, then replaces len(x) by its constant). A call, or an && or ||
// with calls inside (short-circuit), is evaluated whole.
static void gen_calls_in(Gen *g, Node *e) {
    if (!contains_call(e))
        return;
    bool logical = e->kind == EXPR_BINARY && (e->op == OP_LAND || e->op == OP_LOR);
    if (logical || (e->kind == EXPR_CALL && !(e->flags & NODE_CONVERSION))) {
        gen_expr(g, e);
        return;
    }
    Node *parts[] = {e->lhs, e->rhs, e->lo, e->hi, e->max};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        gen_calls_in(g, parts[i]);
    for (int i = 0; i < e->list.len; i++)
        gen_calls_in(g, e->list.items[i]);
}

// RangeArray is what a loop over an array, a pointer to an array or a slice
// reads: ha, its elements' base address (a slice's ptr, the address of a copy
// of an array, or the pointer), and hn, the length, read once.
typedef struct RangeArray {
    VReg ha, hn;
    Type *elem;
    bool is_pointer;    // ha is a pointer to an array, nil-checked before reading
    bool want_value;    // the loop has a (non-blank) value variable
} RangeArray;

// gen_range_operand evaluates the range operand x once (= gc's order pass):
//     slice                      ha, hn = x.ptr, len(x)
//     array, with a value        ha = &copy of x ; hn = len     (the body may change x)
//     pointer, with a value      ha = x ; hn = len
//     array or pointer, index only: x is not evaluated, len(x) being a constant
//     (Go spec), except for the calls inside it.
static RangeArray gen_range_operand(Gen *g, Node *s) {
    Type *t = underlying(s->rhs->ty);
    RangeArray r = {.is_pointer = t->kind == TY_POINTER,
                    .want_value = s->value && !is_blank(s->value)};
    if (r.is_pointer)
        t = underlying(t->elem);
    r.elem = t->elem;
    if (t->kind == TY_SLICE) {
        Value x = gen_expr(g, s->rhs);
        r.ha = x.w[0], r.hn = x.w[1];
        return r;
    }
    if (r.want_value)
        r.ha = gen_expr(g, s->rhs).w[0];  // an array's Value is a private copy (memory.c)
    else
        gen_calls_in(g, s->rhs);
    r.hn = emit_const(g, t->len);
    return r;
}

// cheap_index: gc reads ha[hv1] each iteration when an element is 1, 2, 4
// or 8 bytes (an addressing mode scales the index), else it advances a
// pointer (walk/range.go cheapComputableIndex).
static bool cheap_index(Type *elem) {
    int64_t size = elem->size;
    return size == 1 || size == 2 || size == 4 || size == 8;
}

// gen_range_index lowers a loop that reads no element, or reads it by index:
//     hv1 := 0
//     range.cond: if hv1 >= hn goto range.done
//     v1, v2 = hv1, ha[hv1]          (nilcheck ha first for a pointer)
//     body
//     range.next: hv1++ ; goto range.cond              (continue jumps here)
//     range.done:                                      (break jumps here)
static void gen_range_index(Gen *g, Node *s, const char *label, RangeArray *r) {
    VReg hv1 = emit_copy(g, emit_const(g, 0));
    IrBlock *cond = new_block(g, "range.cond");
    IrBlock *body = new_block(g, "range.body");
    IrBlock *next = new_block(g, "range.next");
    IrBlock *done = new_block(g, "range.done");
    start_block(g, cond);
    emit_branch(g, emit_cmp(g, COND_LT, hv1, r->hn, true), body, done);
    g->b = body;
    Value val = {0};
    if (r->want_value) {
        if (r->is_pointer)
            gen_nil_check(g, r->ha);
        VReg size = emit_const(g, r->elem->size);
        val = gen_load(g, r->elem, emit_binop(g, IR_ADD, r->ha, emit_binop(g, IR_MUL, hv1, size)));
    }
    gen_range_body(g, s, label, (Value){1, {hv1}}, val, next, done);
    g->b = next;
    emit_mov(g, hv1, emit_binop(g, IR_ADD, hv1, emit_const(g, 1)));
    emit_jmp(g, cond);
    g->b = done;
}

// gen_range_pointer lowers a loop over larger elements by advancing a
// pointer, which moves only once the next iteration is known to exist, so it
// never points past the array (= gc's OFORUNTIL):
//     hv1 := 0 ; hp := &ha[0]          (nilcheck ha first for a pointer)
//     if hv1 >= hn goto range.done
//     range.body: v1, v2 = hv1, *hp
//     body
//     range.next: hv1++ ; if hv1 >= hn goto range.done  (continue jumps here)
//     hp += sizeof(elem) ; goto range.body
//     range.done:                                        (break jumps here)
static void gen_range_pointer(Gen *g, Node *s, const char *label, RangeArray *r) {
    VReg hv1 = emit_copy(g, emit_const(g, 0));
    if (r->is_pointer)
        gen_nil_check(g, r->ha);
    VReg hp = emit_copy(g, r->ha);
    IrBlock *body = new_block(g, "range.body");
    IrBlock *next = new_block(g, "range.next");
    IrBlock *late = new_block(g, "range.advance");
    IrBlock *done = new_block(g, "range.done");
    emit_branch(g, emit_cmp(g, COND_LT, hv1, r->hn, true), body, done);
    g->b = body;
    gen_range_body(g, s, label, (Value){1, {hv1}}, gen_load(g, r->elem, hp), next, done);
    g->b = next;
    emit_mov(g, hv1, emit_binop(g, IR_ADD, hv1, emit_const(g, 1)));
    emit_branch(g, emit_cmp(g, COND_LT, hv1, r->hn, true), late, done);
    g->b = late;
    emit_mov(g, hp, emit_binop(g, IR_ADD, hp, emit_const(g, r->elem->size)));
    emit_jmp(g, body);
    g->b = done;
}

// gen_range_array lowers `for k, v := range x` over an array, a pointer to
// an array or a slice (= gc's walkRange for TARRAY and TSLICE).
static void gen_range_array(Gen *g, Node *s) {
    const char *label = take_label(g);
    declare_iteration_vars(g, s);
    RangeArray r = gen_range_operand(g, s);
    if (r.want_value && !cheap_index(r.elem))
        gen_range_pointer(g, s, label, &r);
    else
        gen_range_index(g, s, label, &r);
}

// gen_range dispatches on the range operand's type.
void gen_range(Gen *g, Node *s) {
    if (is_string(s->rhs->ty))
        return gen_range_string(g, s);
    switch (underlying(s->rhs->ty)->kind) {
    case TY_ARRAY:
    case TY_SLICE:
    case TY_POINTER: return gen_range_array(g, s);
    case TY_MAP: return gen_range_map(g, s);  // map.c
    case TY_CHAN: return gen_range_chan(g, s);  // chan.c
    default: unreachable();
    }
}
