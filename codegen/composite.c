// composite.c: composite literals (Go spec: Composite literals; = gc's
// walk/complit.go, without its static-data optimisation).
//
// A literal is built in place: its memory is cleared, then each listed
// element is stored at its offset; an element that is itself a literal is
// built directly in its slot:
//     T{X: 1, Y: s}     =>  tmp = {} ; tmp.X = 1 ; tmp.Y = s
//     []int{1, 2}       =>  a = newobject([2]int) ; a[0] = 1 ; a[1] = 2
//                           s = (a, 2, 2)
//     &T{...}           =>  p = newobject(T) ; *p = T{...}   (also when elided)
#include "lower.h"

#include <string.h>

static void gen_element_into(Gen *g, VReg addr, Type *t, Node *value);

// gen_struct_into stores a struct literal's elements, keyed or in field order.
static void gen_struct_into(Gen *g, VReg addr, Type *st, Node *e) {
    for (int i = 0; i < e->list.len; i++) {
        Node *el = e->list.items[i];
        Field *f = NULL;
        Node *value = el;
        if (el->kind == EXPR_KEY_VALUE) {
            for (int k = 0; k < st->fields.len && !f; k++) {
                Field *c = VEC_AT(&st->fields, k);
                if (strcmp(c->name, el->lhs->name) == 0)
                    f = c;
            }
            value = el->rhs;
        } else {
            f = VEC_AT(&st->fields, i);
        }
        gen_element_into(g, gen_offset(g, addr, f->offset), f->type, value);
    }
}

// gen_indexed_into stores an array or slice literal's elements; a key sets
// the index of its element, the others follow the previous one.
static void gen_indexed_into(Gen *g, VReg addr, Type *elem, Node *e) {
    int64_t index = 0;
    for (int i = 0; i < e->list.len; i++, index++) {
        Node *value = e->list.items[i];
        if (value->kind == EXPR_KEY_VALUE) {
            index = const_int64(value->lhs->cval);
            value = value->rhs;
        }
        gen_element_into(g, gen_offset(g, addr, index * elem->size), elem, value);
    }
}

// literal_length is the number of elements a slice literal has: one past its
// highest index.
static int64_t literal_length(Node *e) {
    int64_t index = 0, len = 0;
    for (int i = 0; i < e->list.len; i++, index++) {
        Node *value = e->list.items[i];
        if (value->kind == EXPR_KEY_VALUE)
            index = const_int64(value->lhs->cval);
        if (index + 1 > len)
            len = index + 1;
    }
    return len;
}

// gen_slice_literal allocates the backing array and fills it.
static Value gen_slice_literal(Gen *g, Node *e, Type *st) {
    int64_t len = literal_length(e);
    Type *array = new_array(st->elem, len);
    VReg p = gen_alloc(g, array, e, true);
    gen_indexed_into(g, p, st->elem, e);
    VReg n = emit_const(g, len);
    return (Value){3, {p, n, emit_const(g, len)}};
}

// gen_element_into stores one element of type t at addr: a nested literal
// is built in place, anything else is evaluated and stored.
static void gen_element_into(Gen *g, VReg addr, Type *t, Node *value) {
    Node *v = unparen(value);
    if (v->kind == EXPR_COMPOSITE && is_aggregate(t) && !v->cval) {
        gen_composite_into(g, addr, v);
        return;
    }
    gen_store(g, t, addr, gen_expr(g, value));
}

// gen_composite_into builds the struct or array literal e in the cleared
// memory at addr.
void gen_composite_into(Gen *g, VReg addr, Node *e) {
    Type *t = e->ty;
    if (is_pointer(t))
        t = underlying(t)->elem;
    gen_zero(g, addr, t);
    Type *u = underlying(t);
    if (u->kind == TY_STRUCT)
        gen_struct_into(g, addr, u, e);
    else
        gen_indexed_into(g, addr, u->elem, e);
}

// gen_composite_object lowers &T{...}, written or elided in an outer
// literal: a new heap object holding the literal e of type t, built in place
// for a struct or an array; &[]T{...} and &map[K]V{...} are a new cell
// holding a new slice or map:
//     p = newobject(T) ; *p = T{...}
VReg gen_composite_object(Gen *g, Type *t, Node *e) {
    VReg p = gen_alloc(g, t, e, false);  // gen_composite_into clears it
    if (is_aggregate(t))
        gen_composite_into(g, p, e);
    else if (underlying(e->ty)->kind == TY_MAP)  // written &map[K]V{...}
        gen_store(g, t, p, gen_map_literal(g, e));
    else
        gen_store(g, t, p, gen_slice_literal(g, e, underlying(t)));
    return p;
}

Value gen_composite(Gen *g, Node *e) {
    Type *u = underlying(e->ty);
    switch (u->kind) {
    case TY_SLICE: return gen_slice_literal(g, e, u);
    case TY_POINTER: return (Value){1, {gen_composite_object(g, u->elem, e)}};  // an elided &T
    case TY_MAP: return gen_map_literal(g, e);  // map.c
    default: {
        VReg tmp = gen_temp(g, e->ty);
        gen_composite_into(g, tmp, e);
        return (Value){1, {tmp}};
    }
    }
}
