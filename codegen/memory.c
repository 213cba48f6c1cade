// memory.c: how Go values sit in registers and in memory.
//
// A Go value of scalar type lives in registers, one word each: ints, bools,
// floats, pointers, maps and funcs take 1 word, a string 2 (ptr, len), a slice
// 3 (ptr, len, cap), an interface 2. A value of aggregate type (a struct or an
// array) lives in memory, laid out as gc lays it out; its Value is one word,
// the address of a private copy, so that `a, b = b, a` or `f(s, g())` never
// see a later store (= gc's order pass, which copies into temporaries).
//
// At a call, every value is split into its scalar leaves (docs/ABI.md §1: "one
// word per scalar, in field order"); aggregates are loaded leaf by leaf from
// memory and stored back the same way.
#include "lower.h"

// ---- Value shapes ----------------------------------------------------------------------

bool is_aggregate(Type *t) {
    TypeKind k = underlying(t)->kind;
    return k == TY_STRUCT || k == TY_ARRAY;
}

static RegClass scalar_class(Type *t) { return is_float(t) ? CLASS_FLOAT : CLASS_INT; }

int value_words(Type *t) {
    switch (underlying(t)->kind) {
    case TY_STRING: case TY_INTERFACE: return 2;
    case TY_SLICE: return 3;
    default: return 1;
    }
}

// add_leaves appends the scalar words of a t at offset to out (docs/ABI.md §1).
static void add_leaves(Type *t, int64_t offset, Vec *out) {
    Type *u = underlying(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->fields.len; i++) {
            Field *f = VEC_AT(&u->fields, i);
            add_leaves(f->type, offset + f->offset, out);
        }
        return;
    }
    if (u->kind == TY_ARRAY) {
        for (int64_t i = 0; i < u->len; i++)
            add_leaves(u->elem, offset + i * u->elem->size, out);
        return;
    }
    int n = value_words(t);
    for (int k = 0; k < n; k++) {
        Leaf *l = NEW(Leaf);
        l->offset = offset + 8 * k;
        l->width = n > 1 ? 8 : (int)u->size;
        l->sign = is_integer(u) && !is_unsigned(u);
        l->cls = n > 1 ? CLASS_INT : scalar_class(u);
        vec_push(out, l);
    }
}

Vec type_leaves(Type *t) {
    Vec leaves = {0};
    add_leaves(t, 0, &leaves);
    return leaves;
}

// count_leaves is the number of scalar words of a t, counted without
// listing them (a [1<<20]byte has a million), and capped past `limit`.
static int64_t count_leaves(Type *t, int64_t limit) {
    Type *u = underlying(t);
    if (u->kind == TY_ARRAY) {
        int64_t per = count_leaves(u->elem, limit);
        return per && u->len > limit / per ? limit + 1 : per * u->len;
    }
    if (u->kind != TY_STRUCT)
        return value_words(t);
    int64_t n = 0;
    for (int i = 0; i < u->fields.len && n <= limit; i++)
        n += count_leaves(((Field *)VEC_AT(&u->fields, i))->type, limit);
    return n;
}

// passed_by_reference: a struct or array of more than MAX_LEAF_WORDS scalar
// words crosses a call as one word, the address of a private copy
// (docs/ABI.md §1): the caller's copy of an argument, the callee's heap copy
// of a result.
bool passed_by_reference(Type *t) {
    return is_aggregate(t) && count_leaves(t, MAX_LEAF_WORDS) > MAX_LEAF_WORDS;
}

int abi_words(Type *t) {
    if (passed_by_reference(t))
        return 1;
    return is_aggregate(t) ? type_leaves(t).len : value_words(t);
}

// ---- Loads and stores ----------------------------------------------------------------------

static VReg emit_load(Gen *g, VReg addr, Leaf *l) {
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = ir_new_vreg(g->f, l->cls);
    in->a = addr;
    in->imm = l->offset;
    in->width = l->width;
    in->sign = l->sign;
    return in->dst;
}

static void emit_store(Gen *g, VReg addr, Leaf *l, VReg v) {
    IrInstr *in = emit(g, IR_STORE);
    in->a = addr;
    in->imm = l->offset;
    in->width = l->width;
    in->b = v;
}

VReg gen_offset(Gen *g, VReg addr, int64_t offset) {
    return offset ? emit_binop(g, IR_ADD, addr, emit_const(g, offset)) : addr;
}

// gen_load reads the value of type t at addr. An aggregate is copied into a
// fresh temporary, whose address is the value.
Value gen_load(Gen *g, Type *t, VReg addr) {
    if (is_aggregate(t)) {
        VReg tmp = gen_temp(g, t);
        gen_copy(g, tmp, addr, t);
        return (Value){1, {tmp}};
    }
    Vec leaves = type_leaves(t);
    Value v = {.n = leaves.len};
    for (int k = 0; k < leaves.len; k++)
        v.w[k] = emit_load(g, addr, VEC_AT(&leaves, k));
    return v;
}

// gen_store writes v, of type t, to addr.
void gen_store(Gen *g, Type *t, VReg addr, Value v) {
    if (is_aggregate(t)) {
        gen_copy(g, addr, v.w[0], t);
        return;
    }
    Vec leaves = type_leaves(t);
    for (int k = 0; k < leaves.len; k++)
        emit_store(g, addr, VEC_AT(&leaves, k), v.w[k]);
}

// gen_copy copies a t from src to dst. Small values are copied word by word
// (= gc's inline moves); larger ones call memmove (= runtime.typedmemmove,
// which only adds GC write barriers mgc does not need).
enum { INLINE_COPY_BYTES = 64 };

void gen_copy(Gen *g, VReg dst, VReg src, Type *t) {
    int64_t size = t->size;
    if (size > INLINE_COPY_BYTES) {
        Value args[3] = {{1, {dst}}, {1, {src}}, {1, {emit_const(g, size)}}};
        int words[3] = {1, 1, 1};
        emit_call(g, "runtime.memmove", runtime_sig(3, words, 0), args, 3, 0);
        return;
    }
    for (int64_t off = 0; off < size;) {
        int width = size - off >= 8 ? 8 : size - off >= 4 ? 4 : size - off >= 2 ? 2 : 1;
        Leaf l = {.offset = off, .width = width};
        emit_store(g, dst, &l, emit_load(g, src, &l));
        off += width;
    }
}

// gen_zero clears the t at addr (= runtime.memclrNoHeapPointers for large ones).
void gen_zero(Gen *g, VReg addr, Type *t) {
    int64_t size = t->size;
    if (size > INLINE_COPY_BYTES) {
        Value args[2] = {{1, {addr}}, {1, {emit_const(g, size)}}};
        int words[2] = {1, 1};
        emit_call(g, "runtime.memclrNoHeapPointers", runtime_sig(2, words, 0), args, 2, 0);
        return;
    }
    VReg zero = size ? emit_const(g, 0) : 0;
    for (int64_t off = 0; off < size;) {
        int width = size - off >= 8 ? 8 : size - off >= 4 ? 4 : size - off >= 2 ? 2 : 1;
        Leaf l = {.offset = off, .width = width};
        emit_store(g, addr, &l, zero);
        off += width;
    }
}

// gen_zero_value is the zero value of t: zero words, or a cleared temporary.
Value gen_zero_value(Gen *g, Type *t) {
    if (is_aggregate(t)) {
        VReg tmp = gen_temp(g, t);
        gen_zero(g, tmp, t);
        return (Value){1, {tmp}};
    }
    Vec leaves = type_leaves(t);
    Value v = {.n = leaves.len};
    for (int k = 0; k < leaves.len; k++) {
        Leaf *l = VEC_AT(&leaves, k);
        if (l->cls == CLASS_FLOAT) {
            IrInstr *in = emit(g, IR_FCONST);
            in->dst = v.w[k] = ir_new_vreg(g->f, CLASS_FLOAT);
            in->is32 = l->width == 4;
        } else {
            v.w[k] = emit_const(g, 0);
        }
    }
    return v;
}

// ---- Where memory comes from -----------------------------------------------------------

// gc's limits on what lives in a stack frame (= ir.MaxStackVarSize and
// ir.MaxImplicitStackVarSize): larger variables and temporaries go to the heap.
enum { MAX_STACK_VAR_SIZE = 10 << 20, MAX_IMPLICIT_STACK_VAR_SIZE = 64 << 10 };

bool too_large_for_stack(Type *t) { return t->size > MAX_STACK_VAR_SIZE; }

// gen_temp reserves memory for a temporary t and returns its address: a
// frame slot, or a heap object for one larger than 64 KiB.
VReg gen_temp(Gen *g, Type *t) {
    if (t->size > MAX_IMPLICIT_STACK_VAR_SIZE)
        return gen_new_object(g, t);
    return gen_frame_slot(g, t);
}

// gen_frame_slot reserves a frame slot for a t and returns its address.
VReg gen_frame_slot(Gen *g, Type *t) {
    int slot = ir_new_slot(g->f, (int)(t->size ? t->size : 1), (int)(t->align ? t->align : 1),
                           arena_printf("tmp %s", type_string(t)));
    IrInstr *in = emit(g, IR_FRAME_ADDR);
    in->dst = new_vreg(g);
    in->slot = slot;
    return in->dst;
}

// gen_type_addr is the address of t's descriptor (typedata.c): `addr type.T`.
VReg gen_type_addr(Gen *g, Type *t) {
    IrInstr *in = emit(g, IR_ADDR);
    in->dst = new_vreg(g);
    in->sym = typedata_symbol(g, t);
    return in->dst;
}

// gen_alloc allocates a t for the allocation site n (&T{}, new(T), a
// literal's backing array, a closure, a box, a variadic slice): in a frame
// slot when escape analysis found that it never outlives the frame
// (n->stack_alloc, escape/), else on the heap. Heap memory comes zeroed; a
// frame slot is cleared when `zeroed` asks for it:
//     p = &slot [; *p = T{}]        (does not escape)
//     p = newobject(type.T)         (escapes)
VReg gen_alloc(Gen *g, Type *t, Node *site, bool zeroed) {
    if (!site || !site->stack_alloc || t->size > MAX_IMPLICIT_STACK_VAR_SIZE) {
        VReg p = gen_new_object(g, t);
        ((IrInstr *)VEC_LAST(&g->b->instrs))->text = site ? site->esc_what : NULL;
        return p;
    }
    lower_note(g, "a %s in the frame: it does not escape (gc: escape analysis, stack allocation)",
               type_string(t));
    VReg p = gen_frame_slot(g, t);
    ((IrInstr *)VEC_LAST(&g->b->instrs))->text = site->esc_what;
    if (zeroed)
        gen_zero(g, p, t);
    return p;
}

// gen_new_object allocates a zeroed t on the garbage-collected heap:
//     p = newobject(type.T)
VReg gen_new_object(Gen *g, Type *t) {
    Value typ = {1, {gen_type_addr(g, t)}};
    int words[1] = {1};
    VReg p = emit_call(g, "runtime.newobject", runtime_sig(1, words, 1), &typ, 1, 1).w[0];
    ((IrInstr *)VEC_LAST(&g->b->instrs))->alloc_size = (int)(t->size < INT32_MAX ? t->size : 0);
    return p;
}

// ---- Values at calls ---------------------------------------------------------------------

// push_abi_words appends the call words of v, a value of type t, to words:
// a scalar's own words, or an aggregate's leaves loaded from its memory.
void push_abi_words(Gen *g, Type *t, Value v, VReg *words, int *n) {
    if (passed_by_reference(t)) {
        VReg copy = gen_temp(g, t);
        gen_copy(g, copy, v.w[0], t);
        words[(*n)++] = copy;
        return;
    }
    if (!is_aggregate(t)) {
        for (int k = 0; k < v.n; k++)
            words[(*n)++] = v.w[k];
        return;
    }
    Vec leaves = type_leaves(t);
    for (int k = 0; k < leaves.len; k++)
        words[(*n)++] = emit_load(g, v.w[0], VEC_AT(&leaves, k));
}

// push_result_words appends the words of a result: as push_abi_words, but
// a result passed by reference is copied to the heap, since the callee's
// frame is gone when the caller reads it.
void push_result_words(Gen *g, Type *t, Value v, VReg *words, int *n) {
    if (!passed_by_reference(t)) {
        push_abi_words(g, t, v, words, n);
        return;
    }
    VReg copy = gen_new_object(g, t);
    gen_copy(g, copy, v.w[0], t);
    words[(*n)++] = copy;
}

// value_from_abi_words rebuilds a value of type t from its call words,
// starting at words[*n]; an aggregate is stored into a fresh temporary.
Value value_from_abi_words(Gen *g, Type *t, const VReg *words, int *n) {
    if (passed_by_reference(t))
        return (Value){1, {words[(*n)++]}};  // the address of a private copy
    if (!is_aggregate(t)) {
        Value v = {.n = value_words(t)};
        for (int k = 0; k < v.n; k++)
            v.w[k] = words[(*n)++];
        return v;
    }
    VReg tmp = gen_temp(g, t);
    Vec leaves = type_leaves(t);
    for (int k = 0; k < leaves.len; k++)
        emit_store(g, tmp, VEC_AT(&leaves, k), words[(*n)++]);
    return (Value){1, {tmp}};
}
