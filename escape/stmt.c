// stmt.c: statements (= gc's escape/stmt.go and the parts of escape.go that
// walk a function): assignments flow values into their destinations, returns
// into the results, loops raise the loop depth that decides what a variable
// outlives.
#include "internal.h"

// ---- Functions -----------------------------------------------------------------------

// param_locs makes a location for each parameter of a field list (NULL for
// an unnamed or blank one), appending them to out.
static void param_locs(E *e, NodeList *fields, Vec *out) {
    for (int i = 0; i < fields->len; i++) {
        Node *field = fields->items[i];
        if (!field->names.len) {
            vec_push(out, NULL);
            continue;
        }
        for (int j = 0; j < field->names.len; j++) {
            Node *name = field->names.items[j];
            Loc *l = name->obj && strcmp(name->name, "_") != 0 ? new_loc(e, name, name->obj) : NULL;
            if (l)
                l->is_param = true;
            vec_push(out, l);
        }
    }
}

// result_locs makes a location for each result: a named result is its
// variable; an unnamed one a location of its own.
static void result_locs(E *e, NodeList *fields, Vec *out) {
    for (int i = 0; i < fields->len; i++) {
        Node *field = fields->items[i];
        int n = field->names.len ? field->names.len : 1;
        for (int j = 0; j < n; j++) {
            Node *name = field->names.len ? field->names.items[j] : NULL;
            Object *o = name && strcmp(name->name, "_") != 0 ? name->obj : NULL;
            Loc *l = new_loc(e, name, o);
            l->result = out->len;
            vec_push(out, l);
        }
    }
}

// A label that a goto targets may start a loop (gc's "looping" labels).
static void find_gotos(Node *n, void *labels) {
    if (n->kind == STMT_GOTO && n->label)
        vec_push(labels, (void *)n->label);
    if (n->kind != EXPR_FUNC_LIT)
        ast_each_child(n, find_gotos, labels);
}

static Vec *goto_targets(Node *body) {
    Vec *labels = NEW(Vec);
    find_gotos(body, labels);
    return labels;
}

static bool is_goto_target(E *e, const char *label) {
    for (int i = 0; i < e->gotos->len; i++)
        if (strcmp(e->gotos->items[i], label) == 0)
            return true;
    return false;
}

// begin_fn makes fn's parameters and results, so calls from the functions
// analysed with it can reach them before its body is walked.
void begin_fn(Batch *b, Fn *fn) {
    E e = {.b = b, .fn = fn, .loop_depth = 1};
    vec_push(&b->fns, fn);
    ptrmap_put(&b->fn_of, fn->obj ? (void *)fn->obj : (void *)fn->node, fn);
    Node *sig = fn->node->type;
    if (fn->node->kind == DECL_FUNC && fn->node->recv) {
        NodeList recv = {.items = &fn->node->recv, .len = 1};
        param_locs(&e, &recv, &fn->params);
    }
    param_locs(&e, &sig->params, &fn->params);
    result_locs(&e, &sig->results, &fn->results);
}

// walk_body analyses fn's body.
void walk_body(Batch *b, Fn *fn) {
    E e = {.b = b, .fn = fn, .loop_depth = 1, .gotos = goto_targets(fn->node->body)};
    walk_stmt(&e, fn->node->body);
}

// ---- Assignments -----------------------------------------------------------------------

// assign_tuple: a, b = f() (or :=): each result flows to its destination;
// the comma-ok forms (v, ok = m[k], x.(T), <-ch) give the first.
static void assign_tuple(E *e, NodeList *lhs, Node *rhs) {
    Node *r = unparen(rhs);
    if (r->kind == EXPR_CALL && !(r->flags & NODE_CONVERSION)) {
        Loc **res = call_results(e, r);
        for (int i = 0; i < lhs->len; i++)
            flow(addr_hole(e, lhs->items[i]), res[i]);
        return;
    }
    walk_expr(e, addr_hole(e, lhs->items[0]), rhs);
    addr_hole(e, lhs->items[1]);
}

typedef enum AssignKind { ASSIGN_PLAIN, ASSIGN_DEFINE, ASSIGN_VAR } AssignKind;

// conv_pos is where gc reports the interface conversion of v assigned to
// lhs[i]: in a plain assignment at the statement; in a var declaration at
// the name, or, for a composite literal, where box_pos says.
static Pos conv_pos(NodeList *lhs, int i, Node *v, AssignKind kind) {
    if (kind == ASSIGN_PLAIN)
        return ((Node *)lhs->items[0])->pos;
    if (unparen(v->lhs)->kind == EXPR_COMPOSITE)
        return box_pos(v->lhs);
    return ((Node *)lhs->items[i])->pos;
}

// assign_lists: lhs = rhs, each value flowing to its destination.
static void assign_lists(E *e, NodeList *lhs, NodeList *rhs, AssignKind kind) {
    if (rhs->len == 1 && lhs->len > 1) {
        assign_tuple(e, lhs, rhs->items[0]);
        return;
    }
    for (int i = 0; i < lhs->len && i < rhs->len; i++) {
        Node *x = lhs->items[i], *v = rhs->items[i];
        Hole k = addr_hole(e, x);
        Pos at;
        if (kind != ASSIGN_DEFINE && v->kind == EXPR_CONV_IFACE) {
            at = conv_pos(lhs, i, v, kind);
            e->conv_at = &at;
        }
        walk_expr(e, k, v);
        e->conv_at = NULL;
    }
}

// var_decl: var a, b T = x, y. Every name gets its location here, at the
// declaration's loop depth, initialized or not.
static void var_decl(E *e, Node *d) {
    if (d->kind == DECL_GROUP) {
        for (int i = 0; i < d->list.len; i++)
            var_decl(e, d->list.items[i]);
        return;
    }
    if (d->kind != DECL_VAR)
        return;
    for (int i = 0; i < d->names.len; i++)
        var_loc(e, ((Node *)d->names.items[i])->obj);
    assign_lists(e, &d->names, &d->list, ASSIGN_VAR);
}

static void walk_return(E *e, Node *s) {
    Vec *res = &e->fn->results;
    Node *only = s->list.len == 1 ? unparen(s->list.items[0]) : NULL;
    if (only && res->len > 1 && only->kind == EXPR_CALL) {
        Loc **r = call_results(e, only);
        for (int i = 0; i < res->len; i++)
            flow(hole_of(res->items[i]), r[i]);
        return;
    }
    for (int i = 0; i < s->list.len && i < res->len; i++)
        walk_expr(e, hole_of(res->items[i]), s->list.items[i]);
}

// ---- Loops and switches ------------------------------------------------------------------

// walk_range: for k, v := range x. x is evaluated once, outside the loop;
// v holds an array's elements, or what a slice or *array points at.
static void walk_range(E *e, Node *s) {
    Loc *x = new_loc(e, NULL, NULL);
    walk_expr(e, hole_of(x), s->rhs);
    e->loop_depth++;
    Hole key = discard_hole(), value = discard_hole();
    if (s->key)
        key = s->define ? hole_of(var_loc(e, s->key->obj)) : addr_hole(e, s->key);
    if (s->value)
        value = s->define ? hole_of(var_loc(e, s->value->obj)) : addr_hole(e, s->value);
    (void)key;  // an index, a map's key or a rune: nothing of x's
    Type *t = underlying(s->rhs->ty);
    if (t->kind == TY_ARRAY)
        flow(value, x);
    else if (t->kind == TY_SLICE || t->kind == TY_POINTER)
        flow(shift(value, 1), x);
    walk_stmt(e, s->body);
    e->loop_depth--;
}

// walk_type_switch: switch v := x.(type): each clause's v holds x, or, for
// one concrete boxed type, the value behind x's data word.
static void walk_type_switch(E *e, Node *s) {
    walk_stmt(e, s->init);
    Loc *x = new_loc(e, NULL, NULL);
    walk_expr(e, hole_of(x), s->tag_expr);
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        Loc *v = clause->obj ? var_loc(e, clause->obj) : NULL;
        if (v) {
            Type *t = clause->obj->type;
            flow(shift(hole_of(v), !is_interface(t) && !is_direct_iface(t) ? 1 : 0), x);
        }
        walk_stmt(e, clause->body);
    }
}

static void walk_clauses(E *e, Node *s) {
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        for (int j = 0; j < clause->list.len; j++) {
            Node *c = clause->list.items[j];
            if (s->kind == STMT_SELECT)
                walk_stmt(e, c);  // a send, or a receive assigned
            else
                walk_expr(e, discard_hole(), c);
        }
        walk_stmt(e, clause->body);
    }
}

// ---- Statements ------------------------------------------------------------------------

void walk_stmt(E *e, Node *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_EXPR: walk_expr(e, discard_hole(), s->lhs); return;
    case STMT_ASSIGN:
    case STMT_DEFINE:
        assign_lists(e, &s->lhs_list, &s->rhs_list,
                     s->kind == STMT_ASSIGN && !s->op ? ASSIGN_PLAIN : ASSIGN_DEFINE);
        return;
    case STMT_INCDEC: return;
    case STMT_SEND:
        walk_expr(e, discard_hole(), s->lhs);
        walk_expr(e, heap_hole(e), s->rhs);
        return;
    case STMT_DECL: var_decl(e, s->decl); return;
    case STMT_BLOCK:
        for (int i = 0; i < s->list.len; i++)
            walk_stmt(e, s->list.items[i]);
        return;
    case STMT_IF:
        walk_stmt(e, s->init);
        walk_expr(e, discard_hole(), s->cond);
        walk_stmt(e, s->body);
        walk_stmt(e, s->els);
        return;
    case STMT_FOR:
        walk_stmt(e, s->init);
        e->loop_depth++;
        walk_expr(e, discard_hole(), s->cond);
        walk_stmt(e, s->post);
        walk_stmt(e, s->body);
        e->loop_depth--;
        return;
    case STMT_RANGE: walk_range(e, s); return;
    case STMT_SWITCH:
        walk_stmt(e, s->init);
        walk_expr(e, discard_hole(), s->tag_expr);
        walk_clauses(e, s);
        return;
    case STMT_SELECT: walk_clauses(e, s); return;
    case STMT_TYPE_SWITCH: walk_type_switch(e, s); return;
    case STMT_RETURN: walk_return(e, s); return;
    case STMT_LABELED:
        if (is_goto_target(e, s->label))
            e->loop_depth++;  // a goto may come back: what follows is a loop (gc: looping label)
        walk_stmt(e, s->body);
        return;
    case STMT_GO:
    case STMT_DEFER: walk_go_defer(e, s); return;
    default: return;  // break, continue, goto, fallthrough, empty
    }
}
