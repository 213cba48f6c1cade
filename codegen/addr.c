// addr.c: places in memory (Go spec: Address operators, Selectors, Index
// expressions): computing &e, and reading fields, elements and *p through it.
//
// A place's address is computed, then loaded from or stored to:
//     p.f    =>  nilcheck p ; p + offsetof(f)
//     a[i]   =>  &a + i*sizeof(elem)          after  if uint(i) >= len { panicIndex }
//     s[i]   =>  s.ptr + i*sizeof(elem)       (the same check against s.len)
//     *p     =>  nilcheck p ; p
#include "lower.h"

// gen_nil_check faults if p is nil by touching the byte it points to, so the
// SIGSEGV handler raises Go's nil-pointer panic (= gc's OpNilCheck, a
// `test byte [p]`). Loads and stores at an offset then never need a check.
void gen_nil_check(Gen *g, VReg p) {
    lower_note(g, "nil check: read one byte at p; a nil p faults into Go's nil-pointer panic "
                  "(gc: TESTB AX, (AX))");
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = new_vreg(g);
    in->a = p;
    in->width = 1;
}

// is_addressable: a variable, a pointer indirection, a slice index, or a
// field or array element of an addressable operand (Go spec: Address operators).
bool is_addressable(Node *e) {
    e = unparen(e);
    switch (e->kind) {
    case EXPR_IDENT: return e->obj && e->obj->kind == OBJ_VAR;
    case EXPR_UNARY: return e->op == OP_DEREF;
    case EXPR_SELECTOR:
        return e->sel && e->sel->kind == SEL_FIELD &&
               (is_pointer(e->lhs->ty) || e->sel->indirect || is_addressable(e->lhs));
    case EXPR_INDEX:
        switch (underlying(e->lhs->ty)->kind) {
        case TY_SLICE: return true;
        case TY_ARRAY: return is_addressable(e->lhs);
        case TY_POINTER: return true;  // p[i] on a pointer to an array
        default: return false;
        }
    default: return false;
    }
}

// gen_base is the address of x's storage, for selecting a field or element:
// the pointer itself when x is a pointer (checked for nil), x's address when
// x is addressable, else the address of a temporary copy of x.
static VReg gen_base(Gen *g, Node *x) {
    if (is_pointer(x->ty)) {
        VReg p = gen_expr(g, x).w[0];
        gen_nil_check(g, p);
        return p;
    }
    return is_addressable(x) ? gen_addr(g, x) : gen_expr(g, x).w[0];
}

// gen_path_addr follows the first `steps` fields of a selector's path from x
// down through embedded fields (loading and checking each embedded pointer on
// the way) and returns the address of the last one, whose type goes to *at:
// the selected field itself, or the embedded value whose method is selected
// (a method's path ends with the method's own index, which is not a step).
VReg gen_path_addr(Gen *g, Node *x, Selection *sel, int steps, Type **at) {
    Type *t = x->ty;
    if (is_pointer(t))
        t = underlying(t)->elem;
    return gen_path_from(g, gen_base(g, x), t, sel, steps, at);
}

// gen_path_from is gen_path_addr from the address of a t.
VReg gen_path_from(Gen *g, VReg addr, Type *t, Selection *sel, int steps, Type **at) {
    for (int i = 0; i < steps; i++) {
        if (is_pointer(t)) {  // an embedded *T on the way
            addr = gen_load(g, t, addr).w[0];
            gen_nil_check(g, addr);
            t = underlying(t)->elem;
        }
        Field *f = VEC_AT(&underlying(t)->fields, sel->path[i]);
        addr = gen_offset(g, addr, f->offset);
        t = f->type;
    }
    *at = t;
    return addr;
}

static VReg gen_field_addr(Gen *g, Node *e) {
    Type *at;
    return gen_path_addr(g, e->lhs, e->sel, e->sel->depth, &at);
}

// gen_elem_addr is &x[i] for an array, pointer to array or slice x, after
// the bounds check.
static VReg gen_elem_addr(Gen *g, Node *e) {
    Type *t = underlying(e->lhs->ty);
    VReg base, len;
    if (t->kind == TY_SLICE) {
        Value s = gen_expr(g, e->lhs);
        base = s.w[0];
        len = s.w[1];
    } else {
        base = gen_base(g, e->lhs);
        if (t->kind == TY_POINTER)
            t = underlying(t->elem);
        len = emit_const(g, t->len);
    }
    VReg index = gen_expr(g, e->rhs).w[0];
    if (!e->rhs->cval || t->kind == TY_SLICE)
        gen_index_check(g, index, len, e->rhs->ty);
    int64_t size = t->elem->size;
    return emit_binop(g, IR_ADD, base, emit_binop(g, IR_MUL, index, emit_const(g, size)));
}

VReg gen_addr(Gen *g, Node *e) {
    e = unparen(e);
    switch (e->kind) {
    case EXPR_IDENT: return emit_copy(g, gen_var_addr(g, e->obj));
    case EXPR_SELECTOR: return gen_field_addr(g, e);
    case EXPR_INDEX: return gen_elem_addr(g, e);
    case EXPR_UNARY: return gen_base(g, e->lhs);  // *p
    default: unreachable();  // the checker accepts & only of addressable operands
    }
}

// gen_selector reads a field x.f; method values and method expressions are
// in method.c.
Value gen_selector(Gen *g, Node *e) {
    if (e->sel && e->sel->kind == SEL_METHOD)
        return gen_method_value(g, e);
    if (e->sel && e->sel->kind == SEL_METHOD_EXPR)
        return gen_method_expr(g, e);
    return gen_load(g, e->ty, gen_field_addr(g, e));
}

// gen_index reads x[i] of an array, pointer to array or slice (strings are in
// string.c, maps in map.c).
Value gen_index(Gen *g, Node *e) { return gen_load(g, e->ty, gen_elem_addr(g, e)); }

// gen_deref reads *p.
Value gen_deref(Gen *g, Node *e) { return gen_load(g, e->ty, gen_base(g, e->lhs)); }

// gen_addr_of lowers &x: the address of x's home (escape.c moved it to the
// heap), or for &T{...} a new heap object holding the literal (composite.c).
Value gen_addr_of(Gen *g, Node *e) {
    Node *x = unparen(e->lhs);
    if (x->kind == EXPR_COMPOSITE)
        return (Value){1, {gen_composite_object(g, x->ty, x)}};  // composite.c
    return (Value){1, {gen_addr(g, x)}};
}
