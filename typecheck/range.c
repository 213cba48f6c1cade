// range.c: for statements with a range clause (Go spec: For statements with
// range clause).
#include "check.h"

#include <string.h>

// range_types gives the iteration values of ranging over x (= types2
// rangeKeyVal): index and element for arrays, pointers to arrays and slices;
// byte index and rune for strings; key and value for maps.
static bool range_types(Type *t, Type **key, Type **val) {
    Type *u = underlying(t);
    if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY)
        u = underlying(u->elem);
    switch (u->kind) {
    case TY_STRING:
    case TY_UNTYPED_STRING: *key = ty_int; *val = ty_rune; return true;
    case TY_ARRAY:
    case TY_SLICE: *key = ty_int; *val = u->elem; return true;
    case TY_MAP: *key = u->key; *val = u->elem; return true;
    case TY_CHAN: *key = u->elem; *val = NULL; return true;
    default: return false;
    }
}

// declare_range_vars checks `for k, v := range x`: each name is new, typed
// by its iteration value; they are in scope in the body.
static void declare_range_vars(Checker *c, Node *s, Node **lhs, Type **types) {
    Vec vars = {0};
    for (int i = 0; i < 2; i++) {
        if (!lhs[i])
            continue;
        if (lhs[i]->kind != EXPR_IDENT) {
            error_at(expr_start(lhs[i]), "cannot declare %s", expr_string(lhs[i]));
            continue;
        }
        Object *o = new_object(OBJ_VAR, lhs[i]->name, lhs[i]->pos, types[i] ? types[i] : ty_invalid);
        o->decl = s;
        o->used = !types[i];  // no follow-on "declared but not used"
        lhs[i]->obj = o;
        lhs[i]->ty = o->type;
        if (strcmp(o->name, "_") != 0)
            vec_push(&vars, o);
    }
    if (vars.len == 0) {
        error_at(s->pos, "no new variables on left side of :=");
        return;
    }
    for (int i = 0; i < vars.len; i++)
        declare_local_var(c, VEC_AT(&vars, i));
}

// assign_range_vars checks `for k, v = range x`: each operand is assigned
// its iteration value.
static void assign_range_vars(Checker *c, Node **lhs, Type **types) {
    for (int i = 0; i < 2; i++) {
        if (!lhs[i] || !types[i])
            continue;
        Operand x = {.mode = MODE_VALUE, .type = types[i], .expr = lhs[i], .spread = true};
        assign_to_lhs(c, lhs[i], &x);
    }
}

void check_range(Checker *c, Node *s) {
    Operand x;
    check_expr(c, &x, s->rhs);
    Type *types[2] = {NULL, NULL};
    if (x.mode != MODE_INVALID) {
        Type *u = underlying(x.type);
        if (u->kind == TY_CHAN && s->value)
            error_at(expr_start(s->value), "range over %s permits only one iteration variable",
                     operand_string(&x));
        if (!range_types(x.type, &types[0], &types[1])) {
            error_at(expr_start(s->rhs), "cannot range over %s", operand_string(&x));
        } else if (u->kind == TY_CHAN && u->chan_dir == CHAN_SEND) {
            error_at(expr_start(s->rhs), "cannot range over %s (receive from send-only channel)",
                     operand_string(&x));
        } else if (is_untyped(x.type)) {
            default_operand(c, &x, "range clause");
        }
        record(&x);
    }
    open_scope(c);
    Node *lhs[2] = {s->key, s->value};
    if (s->define)
        declare_range_vars(c, s, lhs, types);
    else
        assign_range_vars(c, lhs, types);
    check_loop_body(c, s->body);
    close_scope(c);
}
