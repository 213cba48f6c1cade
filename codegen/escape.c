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

static void walk(Node *n, Node *lit);

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

// The walk either marks heap variables, or (captures != NULL) lists the
// variables a function literal captures, once each, in order of first use.
static Vec *captures;

static void mark(Object *o) {
    if (o && !captures)
        o->addrtaken = true;
}

static void capture(Object *o) {
    if (!captures) {
        mark(o);
        return;
    }
    for (int i = 0; i < captures->len; i++)
        if (VEC_AT(captures, i) == o)
            return;
    vec_push(captures, o);
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

static void visit(Node *n, Node *lit) {
    switch (n->kind) {
    case EXPR_IDENT:
        if (lit && n->obj && n->obj->kind == OBJ_VAR && !n->obj->is_global &&
            declared_outside(n->obj, lit))
            capture(n->obj);
        break;
    case EXPR_UNARY:
        if (n->op == OP_ADDR)
            mark(root_var(n->lhs));
        break;
    case EXPR_SELECTOR:
        if (takes_receiver_address(n))
            mark(root_var(n->lhs));
        break;
    case EXPR_SLICE:
        if (underlying(n->lhs->ty)->kind == TY_ARRAY)
            mark(root_var(n->lhs));
        break;
    default:
        break;
    }
}

static void walk_list(NodeList *l, Node *lit) {
    for (int i = 0; i < l->len; i++)
        walk(l->items[i], lit);
}

// walk visits every expression and statement under n; lit is the innermost
// enclosing function literal (NULL in a declared function's own body).
static void walk(Node *n, Node *lit) {
    if (!n)
        return;
    if (n->kind == EXPR_FUNC_LIT) {
        walk(n->body, captures ? lit : n);  // listing: outer variables of the listed literal
        return;
    }
    if (n->kind >= TYPE_ARRAY && n->kind <= TYPE_ELLIPSIS)
        return;  // type syntax holds no variables
    visit(n, lit);
    Node *children[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->body, n->els,
                        n->tag_expr, n->value, n->key, n->lo, n->hi, n->max, n->decl};
    for (size_t i = 0; i < sizeof children / sizeof children[0]; i++)
        walk(children[i], lit);
    walk_list(&n->list, lit);
    walk_list(&n->lhs_list, lit);
    walk_list(&n->rhs_list, lit);
}

// mark_heap_vars marks the heap variables of a function body (or of a
// package variable's initializer, whose function literals may capture).
void mark_heap_vars(Node *root) { walk(root, NULL); }

// closure_captures lists the variables declared outside the function literal
// lit that its body (nested literals included) refers to.
Vec closure_captures(Node *lit) {
    Vec list = {0};
    captures = &list;
    walk(lit->body, lit);
    captures = NULL;
    return list;
}
