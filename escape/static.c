// static.c: the values known without running the program (= gc's
// ir.StaticValue and ir.Reassigned): a local variable declared with a value
// and never assigned again, nor its address taken, always holds that value.
// Such a variable is also what closures capture by value (gc's
// capturevars), copying it into the closure instead of sharing a cell.
// Escape analysis uses it as gc does, to see through
//     f := func(x int) int { ... } ; f(1)     a closure called directly
//     var s Shape = Rect{...} ; s.Area()     a method of a known type
//                                            (devirtualizing s.Area to Rect)
#include "internal.h"

// root_ident: the variable whose storage x is part of (x, x.f, x[i] of an array).
static Node *root_ident(Node *x) {
    x = unparen(x);
    while ((x->kind == EXPR_SELECTOR && x->sel && x->sel->kind == SEL_FIELD && !x->sel->indirect &&
            !is_pointer(x->lhs->ty)) ||
           (x->kind == EXPR_INDEX && x->lhs->ty && underlying(x->lhs->ty)->kind == TY_ARRAY))
        x = unparen(x->lhs);
    return x->kind == EXPR_IDENT ? x : NULL;
}

static void reassign(Node *x) {
    Node *id = x ? root_ident(x) : NULL;
    if (id && id->obj && id->obj->kind == OBJ_VAR && !id->obj->is_global)
        id->obj->esc_reassigned = true;
}

static bool declares(Node *id) {
    return id->kind == EXPR_IDENT && id->obj && id->obj->pos.line == id->pos.line &&
           id->obj->pos.col == id->pos.col && id->obj->pos.file == id->pos.file;
}

// assignment: lhs = rhs (or :=, or var lhs = rhs): a name declared here
// gets its value; any other destination is reassigned.
static void assignment(NodeList *lhs, NodeList *rhs, bool define) {
    for (int i = 0; i < lhs->len; i++) {
        Node *x = lhs->items[i];
        if (define && declares(x)) {
            if (lhs->len == rhs->len)
                x->obj->esc_value = rhs->items[i];
            continue;
        }
        reassign(x);
    }
}

static void scan_decl(Node *d) {
    if (d->kind == DECL_GROUP)
        for (int i = 0; i < d->list.len; i++)
            scan_decl(d->list.items[i]);
    else if (d->kind == DECL_VAR)
        assignment(&d->names, &d->list, true);
}

static void scan(Node *n, void *unused) {
    switch (n->kind) {
    case STMT_DEFINE: assignment(&n->lhs_list, &n->rhs_list, true); break;
    case STMT_ASSIGN: assignment(&n->lhs_list, &n->rhs_list, false); break;
    case STMT_INCDEC: reassign(n->lhs); break;
    case STMT_DECL: scan_decl(n->decl); break;
    case STMT_RANGE:  // each iteration assigns the variables again, declared here or not
        if (n->key)
            reassign(n->key);
        if (n->value)
            reassign(n->value);
        break;
    case EXPR_UNARY:
        if (n->op == OP_ADDR)
            reassign(n->lhs);
        break;
    case EXPR_SLICE: reassign(n->lhs); break;   // a[i:j] of an array takes &a
    case EXPR_SELECTOR:                          // x.M() with a pointer receiver takes &x
        if (n->sel && n->sel->kind == SEL_METHOD && n->sel->method && n->sel->method->ptr_recv)
            reassign(n->lhs);
        break;
    default: break;
    }
    ast_each_child(n, scan, unused);
}

void find_static_values(Node *body) {
    if (body)
        scan(body, NULL);
}

Node *static_value(Node *n) {
    for (int guard = 0; n && guard < 100; guard++) {
        n = unparen(n);
        if (n->kind != EXPR_IDENT || !n->obj || n->obj->kind != OBJ_VAR || n->obj->is_global ||
            n->obj->esc_reassigned || !n->obj->esc_value)
            return n;
        n = n->obj->esc_value;
    }
    return n;
}
