// convert.c: conversions to interfaces (= gc's walk/convert.go;
// GO119-INTERNALS.md §3.5). An interface value is two words: the type word
// (for an empty interface, the address of T's descriptor; for a non-empty
// one, the address of the itab of T and the interface) and the data word:
//     T -> any      eface{&type.T, dataWord(x)}
//     T -> I        iface{&go.itab.T,I, dataWord(x)}       (itab.c)
//     I -> any      eface{tab ? tab._type : nil, data}
//     I -> I2       iface{convI2I(&type.I2, tab), data}
// Every conversion Go implies (assignments, arguments, ...) has been made
// explicit by implicit.c as an EXPR_CONV_IFACE node.
#include "lower.h"

#include <string.h>

// emit_addr is &sym + offset.
VReg emit_addr(Gen *g, const char *sym, int64_t offset) {
    IrInstr *in = emit(g, IR_ADDR);
    in->dst = new_vreg(g);
    in->sym = sym;
    in->imm = offset;
    return in->dst;
}

// call_data_word calls the runtime function that boxes v, returning the data word.
static VReg call_data_word(Gen *g, const char *fn, Value *args, int nargs, const int *words) {
    return emit_call(g, fn, runtime_sig(nargs, words, 1), args, nargs, 1).w[0];
}

// value_addr is the address of a copy of v: an aggregate's Value already is
// one; a scalar is stored into a frame temporary.
static VReg value_addr(Gen *g, Value v, Type *t) {
    if (is_aggregate(t))
        return v.w[0];
    VReg tmp = gen_temp(g, t);
    gen_store(g, t, tmp, v);
    return tmp;
}

// gen_static_uint64 is &runtime.staticuint64s[v & 0xff], the data word of a
// bool or 1-byte integer (gc computes it inline, with no call).
static VReg gen_static_uint64(Gen *g, VReg v) {
    IrInstr *base = emit(g, IR_ADDR);
    base->dst = new_vreg(g);
    base->sym = "runtime.staticuint64s";
    ir_add_extern(g->m, base->sym);
    VReg index = emit_binop(g, IR_AND, v, emit_const(g, 0xff));
    return emit_binop(g, IR_ADD, base->dst, emit_binop(g, IR_SHL, index, emit_const(g, 3)));
}

// data_word_func names the runtime function that boxes a t, or NULL for the
// generic ones (= gc's dataWordFuncName). Floats go through memory (convTnoptr)
// until the IR can move a float's bits into an integer word.
static const char *data_word_func(Type *t) {
    Type *u = underlying(t);
    bool scalar = !is_aggregate(t) && !is_float(t);
    if (scalar && u->size == 2 && u->align == 2)
        return "runtime.convT16";
    if (scalar && u->size == 4 && u->align == 4 && !ptrdata(t))
        return "runtime.convT32";
    if (scalar && u->size == 8 && u->align == 8 && !ptrdata(t))
        return "runtime.convT64";
    if (u->kind == TY_STRING)
        return "runtime.convTstring";
    if (u->kind == TY_SLICE)
        return "runtime.convTslice";
    return NULL;
}

// gen_data_word is the data word of v, a value of the concrete type t (=
// gc's dataWord), trying in order:
//     t pointer-shaped (pointer, func, map, a 1-field struct of one)   v itself
//     t of size 0                                   &runtime.zerobase
//     bool or 1-byte integer                        &runtime.staticuint64s[v]
//     2, 4, 8 bytes without pointers, string, slice convT16/32/64(v), convTstring(v), convTslice(v)
//     otherwise                                     convT(type.T, &v) or convTnoptr(type.T, &v)
//     otherwise, when the box does not escape       &tmp, a copy in the frame (escape/)
// Constants do not come here (gen_const_data_word).
enum { MAX_BOX_ON_STACK = 64 << 10 };  // = gc's MaxImplicitStackVarSize

static VReg gen_data_word(Gen *g, Value v, Type *t, Node *site) {
    const char *ts = type_string(t);
    if (is_direct_iface(t)) {
        lower_note(g, "data word of a %s: the pointer itself (kindDirectIface)", ts);
        return is_aggregate(t) ? gen_load(g, ty_uintptr, v.w[0]).w[0] : v.w[0];
    }
    if (underlying(t)->size == 0) {
        lower_note(g, "data word of a zero-size %s: &runtime.zerobase", ts);
        ir_add_extern(g->m, "runtime.zerobase");
        return emit_addr(g, "runtime.zerobase", 0);
    }
    if (is_boolean(t) || (is_integer(t) && underlying(t)->size == 1)) {
        lower_note(g, "data word of a %s: &runtime.staticuint64s[v], no allocation", ts);
        return gen_static_uint64(g, v.w[0]);
    }
    if (site && site->stack_alloc && underlying(t)->size <= MAX_BOX_ON_STACK) {
        lower_note(g, "data word of a %s: a copy in the frame, the box does not escape "
                      "(gc: stack temporary, escape analysis)", ts);
        VReg tmp = gen_frame_slot(g, t);
        ((IrInstr *)VEC_LAST(&g->b->instrs))->text = site->esc_what;
        gen_store(g, t, tmp, v);
        return tmp;
    }
    const char *fn = data_word_func(t);
    if (fn) {
        lower_note(g, "data word of a %s: boxed by %s (gc: CALL %s)", ts, fn, fn);
        int words[1] = {v.n};
        VReg data = call_data_word(g, fn, &v, 1, words);
        IrInstr *call = VEC_LAST(&g->b->instrs);  // opt/stackalloc.c may yet keep it in the frame
        call->alloc_size = (int)underlying(t)->size;
        call->text = site ? site->esc_what : NULL;
        return data;
    }
    lower_note(g, "data word of a %s: a heap copy (gc: CALL runtime.%s)", ts, ptrdata(t) ? "convT" : "convTnoptr");
    Value args[2] = {{1, {gen_type_addr(g, t)}}, {1, {value_addr(g, v, t)}}};
    int words[2] = {1, 1};
    return call_data_word(g, ptrdata(t) ? "runtime.convT" : "runtime.convTnoptr", args, 2, words);
}

// ---- Constants: read-only statics (= gc's order.addrTemp) ----------------------------------

// stmp_symbol emits main..stmp_N, a read-only copy of the constant c of type
// t, and returns its name (N counts the module's statics).
static const char *stmp_symbol(Gen *g, ConstValue *c, Type *t) {
    int n = 0;
    for (int i = 0; i < g->m->data.len; i++)
        n += strncmp(((IrData *)VEC_AT(&g->m->data, i))->name, "main..stmp_", 11) == 0;
    const char *sym = arena_printf("main..stmp_%d", n);
    IrData *d = ir_new_data(g->m, sym, (int)t->size, t->align, true);
    d->bytes = arena_alloc((size_t)t->size + 1);
    d->comment = arena_printf("constant %s boxed for an interface", type_string(t));
    uint64_t bits = 0;
    if (c->kind == CONST_STRING) {
        if (c->slen)
            ir_data_reloc(d, 0, string_data_symbol(g, c->s, c->slen), 0);
        bits = c->slen;
        memcpy(d->bytes + 8, &bits, 8);
        return sym;
    }
    if (is_float(t) && t->size == 4) {
        float f = (float)const_float(c, 4);
        memcpy(&bits, &f, 4);
    } else if (is_float(t)) {
        double f = const_float(c, 8);
        memcpy(&bits, &f, 8);
    } else {
        bits = c->kind == CONST_BOOL ? c->b : (uint64_t)const_int64(c);
    }
    memcpy(d->bytes, &bits, (size_t)t->size);
    return sym;
}

// typed is the type an untyped operand of an explicit conversion to an
// interface takes: its default type (Go spec: Constants; the checker leaves
// any(5)'s operand untyped).
static Type *typed(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return ty_bool;
    case TY_UNTYPED_INT: return ty_int;
    case TY_UNTYPED_RUNE: return ty_int32;
    case TY_UNTYPED_FLOAT: return ty_float64;
    case TY_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

// gen_const_data_word is the data word of the constant c of type t: a bool or byte
// points into staticuint64s (the index is known), anything else at a
// read-only static holding the value (gc: `sink = 1000` stores &main..stmp_0).
static VReg gen_const_data_word(Gen *g, ConstValue *c, Type *t) {
    if (is_boolean(t) || (is_integer(t) && underlying(t)->size == 1)) {
        ir_add_extern(g->m, "runtime.staticuint64s");
        int64_t v = c->kind == CONST_BOOL ? c->b : const_int64(c) & 0xff;
        return emit_addr(g, "runtime.staticuint64s", 8 * v);
    }
    return emit_addr(g, stmp_symbol(g, c, t), 0);
}

// ---- Interface to interface ------------------------------------------------------------------

bool is_empty_interface(Type *t) { return is_interface(t) && interface_methods(t)->len == 0; }

// gen_iface_to_eface lowers I -> any: the type word is the itab's _type, or
// nil for a nil interface:
//     t = tab ; if t != nil { t = t._type }   ; eface{t, data}
Value gen_iface_to_eface(Gen *g, Value v) {
    lower_note(g, "I -> any: the type word is the itab's _type (tab+8), nil for a nil I "
                  "(gc: TESTQ; MOVQ 8(AX), AX)");
    VReg t = emit_copy(g, v.w[0]);
    IrBlock *load = new_block(g, "conv.itype");
    IrBlock *done = new_block(g, "conv.idone");
    emit_branch(g, emit_cmp(g, COND_NE, t, emit_const(g, 0), false), load, done);
    g->b = load;
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = t;
    in->a = v.w[0];
    in->imm = 8;    // itab._type
    in->width = 8;
    emit_jmp(g, done);
    start_block(g, done);
    return (Value){2, {t, v.w[1]}};
}

// gen_iface_to_iface lowers I -> I2 (I's method set includes I2's); the
// runtime finds (or builds) the itab of the dynamic type for I2:
//     iface{convI2I(&type.I2, tab), data}
static Value gen_iface_to_iface(Gen *g, Value v, Type *from, Type *to) {
    if (types_identical(from, to))
        return v;
    if (is_empty_interface(to))
        return is_empty_interface(from) ? v : gen_iface_to_eface(g, v);
    lower_note(g, "%s -> %s: the runtime finds the dynamic type's itab (gc: CALL runtime.convI2I)",
               type_string(from), type_string(to));
    Value args[2] = {{1, {gen_type_addr(g, to)}}, {1, {v.w[0]}}};
    int words[2] = {1, 1};
    VReg tab = emit_call(g, "runtime.convI2I", runtime_sig(2, words, 1), args, 2, 1).w[0];
    return (Value){2, {tab, v.w[1]}};
}

// ---- Entry points ------------------------------------------------------------------------

// concrete_type_word is the type word of a T in an interface of type `to`:
// &type.T for an empty interface, &go.itab.T,I for a non-empty one.
static VReg concrete_type_word(Gen *g, Type *t, Type *to) {
    if (is_empty_interface(to)) {
        lower_note(g, "any(%s): type word = &type.%s, static (gc: LEAQ type.%s(SB))", type_string(t),
                   type_link_string(t), type_link_string(t));
        return gen_type_addr(g, t);
    }
    const char *itab = itab_symbol(g, t, to);
    lower_note(g, "%s(%s): type word = &%s, a static itab registered before main (gc: LEAQ %s(SB))",
               type_string(to), type_string(t), itab, itab);
    return emit_addr(g, itab, 0);
}

// gen_value_to_iface converts v, an evaluated value of type from, to the
// interface type `to` (the values of a tuple, tuple.c):
//     {&type.T or &go.itab.T,I, dataWord(v)}, or an interface conversion
Value gen_value_to_iface(Gen *g, Value v, Type *from, Type *to, Node *site) {
    if (is_interface(from))
        return gen_iface_to_iface(g, v, from, to);
    VReg data = gen_data_word(g, v, from, site);
    return (Value){2, {concrete_type_word(g, from, to), data}};
}

// gen_iface_conversion lowers x converted to the interface type `to` (=
// walkConvInterface): the type word is static for a concrete x,
//     any(x)   =>  eface{&type.T, dataWord(x)}
//     I(x)     =>  iface{&go.itab.T,I, dataWord(x)}
// and from another interface the conversions above.
Value gen_iface_conversion(Gen *g, Node *x, Type *to, Node *site) {
    Type *from = typed(x->ty);
    if (is_interface(from))
        return gen_iface_to_iface(g, gen_expr(g, x), from, to);
    if (from->kind == TY_UNTYPED_NIL)
        return gen_zero_value(g, to);
    if (!x->cval)
        return gen_value_to_iface(g, gen_expr(g, x), from, to, site);
    VReg data = gen_const_data_word(g, x->cval, from);
    return (Value){2, {concrete_type_word(g, from, to), data}};
}

// gen_conv_iface lowers EXPR_CONV_IFACE, a conversion Go implies (implicit.c).
Value gen_conv_iface(Gen *g, Node *e) { return gen_iface_conversion(g, e->lhs, e->ty, e); }

// gen_to_eface converts v of type t to an empty interface (= gc's
// walkConvInterface for E = any):
//     eface{type: &type.T, data: dataWord(v)}
// A value that already is an interface (recover()'s, nil converted to any)
// stays as it is.
Value gen_to_eface(Gen *g, Value v, Type *t) {
    if (is_interface(t))
        return v;
    return (Value){2, {gen_type_addr(g, t), gen_data_word(g, v, t, NULL)}};
}
