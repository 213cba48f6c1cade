// expr.c: where each expression's value flows (= gc's escape/expr.go).
//
// walk_expr(k, n) says "n's value flows into the hole k": a variable adds an
// edge from its location; *p walks p with one more dereference; &x walks x
// with one fewer (addr_of); an allocation (&T{}, new, a slice literal, a
// closure, an interface box) is a location of its own whose address flows
// to k (spill), and what it is built from flows into it.
#include "internal.h"

bool has_pointers(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_ARRAY: return u->len > 0 && has_pointers(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (has_pointers(((Field *)VEC_AT(&u->fields, i))->type))
                return true;
        return false;
    case TY_STRING: case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_INTERFACE: case TY_UNSAFE_POINTER: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL:
        return true;
    default: return false;
    }
}

static void spill_composite(E *e, Hole k, Node *lit, Pos pos);

void walk_exprs(E *e, Hole k, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        walk_expr(e, k, l->items[i]);
}

static Type *utype(Node *n) { return n->ty ? underlying(n->ty) : NULL; }
static bool is_kind(Node *n, TypeKind kind) { return utype(n) && utype(n)->kind == kind; }

// A variable local to the function being analysed (or to an enclosing one).
static bool is_local_var(Node *n) {
    return n->kind == EXPR_IDENT && n->obj && n->obj->kind == OBJ_VAR && !n->obj->is_global;
}

// addr_of: x's address flows to k (&x, x.M() with a pointer receiver, x[:]
// of an array). Only a local variable's own storage is a location; the
// address of anything reached through a pointer is that pointer's value.
void addr_of(E *e, Hole k, Node *x) {
    x = unparen(x);
    switch (x->kind) {
    case EXPR_IDENT:
        if (is_local_var(x))
            flow(shift(k, -1), var_loc(e, x->obj));
        return;
    case EXPR_SELECTOR:
        if (x->sel && x->sel->kind == SEL_FIELD && !x->sel->indirect && !is_pointer(x->lhs->ty))
            addr_of(e, k, x->lhs);
        else
            walk_expr(e, k, x->lhs);  // &p.f: p's value, offset
        return;
    case EXPR_INDEX:
        walk_expr(e, discard_hole(), x->rhs);
        if (is_kind(x->lhs, TY_ARRAY))
            addr_of(e, k, x->lhs);
        else
            walk_expr(e, k, x->lhs);  // &s[i]: s's pointer, offset
        return;
    case EXPR_UNARY:
        if (x->op == OP_DEREF) {  // &*p == p
            walk_expr(e, k, x->lhs);
            return;
        }
        break;
    case EXPR_COMPOSITE: spill_composite(e, k, x, x->pos); return;
    default:
        break;
    }
    walk_expr(e, heap_hole(e), x);  // not addressable in the subset: be safe
}

// addr_hole is the hole of an assignment to lhs (gc's addr): a local
// variable (or a part of one) is its location; anything stored through a
// pointer, into a slice or a map, or into a global goes to the heap.
Hole addr_hole(E *e, Node *lhs) {
    Node *x = unparen(lhs);
    switch (x->kind) {
    case EXPR_IDENT:
        if (strcmp(x->name, "_") == 0)
            return discard_hole();
        if (is_local_var(x))
            return hole_of(var_loc(e, x->obj));
        return heap_hole(e);
    case EXPR_SELECTOR:
        if (x->sel && x->sel->kind == SEL_FIELD && !x->sel->indirect && !is_pointer(x->lhs->ty))
            return addr_hole(e, x->lhs);
        walk_expr(e, discard_hole(), x->lhs);
        return heap_hole(e);
    case EXPR_INDEX:
        if (is_kind(x->lhs, TY_ARRAY)) {
            walk_expr(e, discard_hole(), x->rhs);
            return addr_hole(e, x->lhs);
        }
        walk_expr(e, discard_hole(), x->lhs);
        walk_expr(e, is_kind(x->lhs, TY_MAP) ? heap_hole(e) : discard_hole(), x->rhs);
        return heap_hole(e);
    default:
        walk_expr(e, discard_hole(), x);  // *p = v
        return heap_hole(e);
    }
}

// walk_composite: a struct or array literal's elements flow into k (the
// literal's own storage); a slice literal is an allocation holding them; a
// map literal's keys and values go to the heap.
static void walk_composite(E *e, Hole k, Node *n) {
    Type *t = utype(n);
    if (t->kind == TY_POINTER) {  // an elided &T{...} inside an outer literal
        Loc *l = spill_expr(e, k, n, n, true, n->op_pos);
        k = hole_of(l);
        t = underlying(t->elem);
    }
    if (t->kind == TY_SLICE) {
        Loc *l = spill_expr(e, k, n, n, false, n->op_pos);
        k = hole_of(l);
    } else if (t->kind == TY_MAP) {
        spill_expr(e, k, n, n, false, n->op_pos);
        k = heap_hole(e);
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *el = n->list.items[i];
        if (el->kind == EXPR_KEY_VALUE) {
            walk_expr(e, t->kind == TY_MAP ? k : discard_hole(), t->kind == TY_STRUCT ? NULL : el->lhs);
            el = el->rhs;
        }
        walk_expr(e, k, el);
    }
}

// by_value: a closure copies o rather than sharing it (gc's capturevars):
// o is never assigned after its declaration nor has its address taken, is
// at most 128 bytes, and is not a result (which return statements assign).
static bool by_value(Object *o) {
    return !o->esc_reassigned && !o->is_result && o->type->size <= 128;
}

// walk_func_lit: a function literal is an allocation holding its captured
// variables: copies of those captured by value, the addresses of the
// others. Its body is analysed with the enclosing function, as gc does. A
// literal that captures nothing is a static funcval: nothing is allocated.
Fn *walk_func_lit(E *e, Hole k, Node *lit) {
    Vec caps = closure_captures(lit);
    Fn *fn = NEW(Fn);
    fn->node = lit;
    fn->outer = e->fn;
    Loc *l = spill(e, k, lit, "func literal", lit->pos);  // (a static funcval when it captures nothing)
    for (int i = 0; i < caps.len; i++) {
        Object *o = caps.items[i];
        o->capture_by_value = by_value(o);
        flow(shift(hole_of(l), o->capture_by_value ? 0 : -1), var_loc(e, o));
    }
    begin_fn(e->b, fn);
    walk_body(e->b, fn);
    return fn;
}

// spill_composite: &T{...}, reported at the `&` (pos).
static void spill_composite(E *e, Hole k, Node *lit, Pos pos) {
    Loc *l = spill_expr(e, k, lit, lit, true, pos);
    walk_expr(e, hole_of(l), lit);
}

// walk_conversion: T(x). string <-> []byte/[]rune conversions allocate, and
// so does a conversion to an interface that boxes x; the others pass x's
// value through.
static void walk_conversion(E *e, Hole k, Node *n) {
    Node *x = n->list.items[0];
    Type *to = utype(n), *from = utype(x);
    if (to->kind == TY_INTERFACE && x->ty && !is_interface(x->ty) && !is_direct_iface(x->ty) &&
        from->kind != TY_UNTYPED_NIL) {
        walk_expr(e, hole_of(spill_expr(e, k, n, n, false, gc_pos(n))), x);  // "(I)(x)" at its `(`
        return;
    }
    bool allocates = from && ((to->kind == TY_STRING && from->kind == TY_SLICE) ||
                              (to->kind == TY_SLICE && (from->kind == TY_STRING || from->kind == TY_UNTYPED_STRING)) ||
                              (to->kind == TY_STRING && is_integer(x->ty)));
    if (allocates) {
        spill_expr(e, k, n, n, false, n->op_pos);
        walk_expr(e, discard_hole(), x);
        return;
    }
    walk_expr(e, k, x);
}

// box_pos is where gc reports the box of x converted to an interface: at
// x, or, for a composite literal, at the start of its last element that is
// not constant.
Pos box_pos(Node *x) {
    Node *lit = unparen(x);
    if (lit->kind == EXPR_COMPOSITE)
        for (int i = lit->list.len - 1; i >= 0; i--) {
            Node *el = lit->list.items[i];
            if (el->kind == EXPR_KEY_VALUE)
                el = el->rhs;
            if (!el->cval)  // (gc places &x at x)
                return el->kind == EXPR_UNARY && el->op == OP_ADDR ? el->lhs->pos : el->pos;
        }
    return gc_pos(x);
}

static bool is_concat(Node *n) {
    return n->kind == EXPR_BINARY && n->op == OP_ADD && !n->cval && n->ty && is_string(n->ty);
}

// walk_concat_operands walks the operands of a chain a + b + c, which
// concatstrings copies: none of them is kept.
static void walk_concat_operands(E *e, Node *n) {
    Node *x = unparen(n);
    if (!is_concat(x)) {
        walk_expr(e, discard_hole(), n);
        return;
    }
    walk_concat_operands(e, x->lhs);
    walk_concat_operands(e, x->rhs);
}

void walk_expr(E *e, Hole k, Node *n) {
    if (!n || n->cval)
        return;  // constants hold no pointers that matter (their data is static)
    if (k.derefs >= 0 && n->ty && n->ty->kind != TY_TUPLE && !has_pointers(n->ty))
        k = discard_hole();  // a value without pointers keeps nothing alive
    switch (n->kind) {
    case EXPR_PAREN: walk_expr(e, k, n->lhs); return;
    case EXPR_IDENT:
        if (is_local_var(n))
            flow(k, var_loc(e, n->obj));
        return;
    case EXPR_SELECTOR:
        if (n->sel && n->sel->kind == SEL_METHOD) {  // a method value: a closure binding x
            Loc *l = spill_expr(e, k, n, n, false, gc_pos(n));
            Method *m = n->sel->method;
            bool ptr = is_pointer(n->lhs->ty) || n->sel->indirect;
            if (!is_interface(n->sel->recv) && m && m->ptr_recv && !ptr)
                addr_of(e, hole_of(l), n->lhs);  // x.M with M on *T binds &x
            else
                walk_expr(e, hole_of(l), n->lhs);
            return;
        }
        if (n->sel && n->sel->kind == SEL_FIELD)
            walk_expr(e, n->sel->indirect || is_pointer(n->lhs->ty) ? shift(k, 1) : k, n->lhs);
        return;
    case EXPR_INDEX:
        walk_expr(e, discard_hole(), n->rhs);
        if (is_kind(n->lhs, TY_ARRAY))
            walk_expr(e, k, n->lhs);
        else if (is_kind(n->lhs, TY_MAP) || is_kind(n->lhs, TY_STRING))
            walk_expr(e, discard_hole(), n->lhs);  // map values and bytes come from the heap
        else
            walk_expr(e, shift(k, 1), n->lhs);
        return;
    case EXPR_SLICE:
        walk_expr(e, discard_hole(), n->lo);
        walk_expr(e, discard_hole(), n->hi);
        walk_expr(e, discard_hole(), n->max);
        if (is_kind(n->lhs, TY_ARRAY))
            addr_of(e, k, n->lhs);  // a[i:j] is (&a)[i:j]
        else
            walk_expr(e, k, n->lhs);
        return;
    case EXPR_TYPE_ASSERT:  // a concrete, boxed type's value is behind the data word
        walk_expr(e, n->ty && !is_interface(n->ty) && !is_direct_iface(n->ty) ? shift(k, 1) : k, n->lhs);
        return;
    case EXPR_UNARY:
        if (n->op == OP_ADDR && unparen(n->lhs)->kind == EXPR_COMPOSITE)
            spill_composite(e, k, unparen(n->lhs), n->pos);
        else if (n->op == OP_ADDR)
            addr_of(e, k, n->lhs);
        else if (n->op == OP_DEREF)
            walk_expr(e, shift(k, 1), n->lhs);
        else
            walk_expr(e, discard_hole(), n->lhs);  // -x, !x, ^x, <-ch (from the heap)
        return;
    case EXPR_BINARY:
        if (is_concat(n)) {
            spill_expr(e, k, n, n, false, n->op_pos);  // a + b + c: one new string (gc's OADDSTR)
            walk_concat_operands(e, n);
            return;
        }
        walk_expr(e, discard_hole(), n->lhs);
        walk_expr(e, discard_hole(), n->rhs);
        return;
    case EXPR_COMPOSITE: walk_composite(e, k, n); return;
    case EXPR_FUNC_LIT: walk_func_lit(e, k, n); return;
    case EXPR_CONV_IFACE: {
        Pos at = e->conv_at ? *e->conv_at : box_pos(n->lhs);
        e->conv_at = NULL;
        if (!is_interface(n->lhs->ty) && !is_direct_iface(n->lhs->ty))
            k = hole_of(spill_expr(e, k, n, n->lhs, false, at));  // the box
        walk_expr(e, k, n->lhs);
        return;
    }
    case EXPR_CALL:
        if (n->flags & NODE_CONVERSION)
            walk_conversion(e, k, n);
        else
            walk_call(e, &k, 1, n);
        return;
    case EXPR_CALL_RESULT: flow(k, call_results(e, n->lhs)[n->index]); return;
    case EXPR_KEY_VALUE: walk_expr(e, k, n->rhs); return;
    default: return;
    }
}
