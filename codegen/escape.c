// escape.c: which local variables must live in a heap cell (= the Addrtaken
// and closure-capture marks gc's escape analysis starts from; mgc does no
// escape analysis beyond them, so every such variable is heap-allocated).
//
// A local variable moves to the heap when
//   - its address is taken: &x, &x.f, &x[i] (x an array);
//   - a method with a pointer receiver is called on it, or taken as a value:
//     x.M() where M has receiver *T is (&x).M();
//   - an array variable is sliced: x[i:j] is (&x)[i:j];
//   - a function literal refers to it (closures share variables, Go spec:
//     Function literals), so both the function and the closure see one cell.
// Everything else stays in registers (scalars) or in a frame slot (aggregates).
#include "lower.h"

// Escape is one walk of a body: it either marks heap variables, or, when
// captures is set, lists the variables a function literal captures, once
// each, in order of first use.
typedef struct Escape {
    Node *lit;          // the innermost enclosing function literal (NULL: none)
    Vec *captures;      // listing: the literal's captured variables
    PtrSet listed;      // listing: the same variables, for the "once each" test
} Escape;

static Vec *captures_of(Node *lit);

static void walk(Escape *w, Node *n);

// root_var is the local variable whose storage e denotes part of, or NULL:
// x, x.f (no pointer on the way), x[i] of an array x.
static Object *root_var(Node *e) {
    e = unparen(e);
    switch (e->kind) {
    case EXPR_IDENT:
        return e->obj && e->obj->kind == OBJ_VAR && !e->obj->is_global ? e->obj : NULL;
    case EXPR_SELECTOR:
        if (e->sel && e->sel->kind == SEL_FIELD && !e->sel->indirect && !is_pointer(e->lhs->ty))
            return root_var(e->lhs);
        return NULL;
    case EXPR_INDEX:
        return underlying(e->lhs->ty)->kind == TY_ARRAY ? root_var(e->lhs) : NULL;
    default:
        return NULL;
    }
}

static void mark(Escape *w, Object *o) {
    if (o && !w->captures)
        o->addrtaken = true;
}

static void capture(Escape *w, Object *o) {
    if (w->captures) {
        if (ptrset_add(&w->listed, o))
            vec_push(w->captures, o);
    } else if (!o->capture_by_value) {  // a copy in the closure needs no cell (escape/)
        mark(w, o);
    }
}

static bool pos_before(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

// declared_outside says whether a local variable is declared outside the
// function literal lit, so that lit captures it.
static bool declared_outside(Object *o, Node *lit) {
    return o->pos.file != lit->pos.file || pos_before(o->pos, lit->pos) || !pos_before(o->pos, lit->end);
}

// takes_receiver_address: x.M with a pointer-receiver method on an
// addressable x of non-pointer type, which Go turns into (&x).M.
static bool takes_receiver_address(Node *e) {
    Selection *sel = e->sel;
    return sel && sel->kind == SEL_METHOD && sel->method && sel->method->ptr_recv &&
           !sel->indirect && !is_pointer(e->lhs->ty);
}

static void visit(Escape *w, Node *n) {
    switch (n->kind) {
    case EXPR_IDENT:
        if (w->lit && n->obj && n->obj->kind == OBJ_VAR && !n->obj->is_global &&
            declared_outside(n->obj, w->lit))
            capture(w, n->obj);
        break;
    case EXPR_UNARY:
        if (n->op == OP_ADDR)
            mark(w, root_var(n->lhs));
        break;
    case EXPR_SELECTOR:
        if (takes_receiver_address(n))
            mark(w, root_var(n->lhs));
        break;
    case EXPR_SLICE:
        if (underlying(n->lhs->ty)->kind == TY_ARRAY)
            mark(w, root_var(n->lhs));
        break;
    default:
        break;
    }
}

static void walk_list(Escape *w, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        walk(w, l->items[i]);
}

// walk visits every expression and statement under n. Marking, a function
// literal starts its own captures. Listing, a nested literal contributes
// what it captures itself that is also declared outside the listed literal,
// in its order of use: the same list a walk of its body would give, without
// walking its body once per enclosing literal.
static void walk(Escape *w, Node *n) {
    if (!n)
        return;
    if (n->kind == EXPR_FUNC_LIT) {
        if (w->captures) {
            Vec *inner = captures_of(n);
            for (int i = 0; i < inner->len; i++)
                if (declared_outside(inner->items[i], w->lit))
                    capture(w, inner->items[i]);
        } else {
            Escape inner = {.lit = n};
            walk(&inner, n->body);
        }
        return;
    }
    if (n->kind >= TYPE_ARRAY && n->kind <= TYPE_ELLIPSIS)
        return;  // type syntax holds no variables
    visit(w, n);
    Node *children[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->body, n->els,
                        n->tag_expr, n->value, n->key, n->lo, n->hi, n->max, n->decl};
    for (size_t i = 0; i < sizeof children / sizeof children[0]; i++)
        walk(w, children[i]);
    walk_list(w, &n->list);
    walk_list(w, &n->lhs_list);
    walk_list(w, &n->rhs_list);
}

// mark_heap_vars marks the heap variables of a function body (or of a
// package variable's initializer, whose function literals may capture).
void mark_heap_vars(Node *root) {
    Escape w = {0};
    walk(&w, root);
}

// captures_of lists each literal's captures once (escape analysis and
// lowering both ask), so nesting depth d costs d lists, not d walks of d
// bodies.
static Vec *captures_of(Node *lit) {
    static PtrMap by_literal;
    Vec *list = ptrmap_get(&by_literal, lit);
    if (!list) {
        list = NEW(Vec);
        Escape w = {.lit = lit, .captures = list};
        walk(&w, lit->body);
        ptrmap_put(&by_literal, lit, list);
    }
    return list;
}

// closure_captures lists the variables declared outside the function literal
// lit that its body (nested literals included) refers to. The list is shared:
// callers read it.
Vec closure_captures(Node *lit) {
    return *captures_of(lit);
}
