// tuple.c: values that come together from one multi-value form.
//
// A multi-value call as the arguments of another call (Go spec: Calls,
// "f(g())") is spread into one argument per result, as gc's
// typecheck.RewriteMultiValueCall makes it `t1, t2 := g() ; f(t1, t2)`:
//     f(g())       =>   f(EXPR_CALL_RESULT(g(), 0), EXPR_CALL_RESULT(g(), 1))
// Every kind of callee then takes them like any other arguments: a variadic
// function packs them into its slice, a built-in (append, copy, delete,
// print) reads them one by one, and implicit.c converts each to its
// parameter's interface type.
//
// The other forms convert their values to interfaces here (= gc's order
// pass, which gives each value a temporary and assigns it with an
// OCONVIFACE):
//     i, a = two()            t1, t2 = two() ; i, a = I(t1), any(t2)
//     return two()            for results of interface types
//     var x, y any = two()
//     v, ok = x.(T), m[k]     (into interface variables; ok is a bool)
//     for k, v = range x      (into existing interface variables)
// implicit.c converts single values where they stand; these come as one
// Value per target after the call (or assertion, or index) is made.
#include "lower.h"

#include <string.h>

// spread_call_results rewrites the arguments of f(g()), g a multi-value
// call given alone, into one EXPR_CALL_RESULT per result of g (implicit.c
// calls it for every call, before converting the arguments).
void spread_call_results(Node *call) {
    Node *only = call->list.len == 1 ? call->list.items[0] : NULL;
    if (!only || !only->ty || only->ty->kind != TY_TUPLE || call->has_ellipsis)
        return;
    call->list = (NodeList){0};
    for (int i = 0; i < only->ty->results.len; i++) {
        Node *r = new_node(EXPR_CALL_RESULT, only->pos);
        r->end = only->end;
        r->op_pos = only->op_pos;
        r->lhs = only;
        r->index = i;
        r->ty = VEC_AT(&only->ty->results, i);
        nodelist_push(&call->list, r);
    }
}

// gen_call_result lowers EXPR_CALL_RESULT, one result of a spread call. The
// call is made once, for the first result that needs it (or before, when
// order.c hoists it), and its Value is kept for the others:
//     t = g()            (a preset of the call node)
//     t.results[index]
Value gen_call_result(Gen *g, Node *e) {
    Node *call = e->lhs;
    Value all;
    if (!g->presets)
        g->presets = NEW(Presets);
    if (!preset_value(g, call, &all)) {
        all = gen_expr(g, call);
        add_preset(g->presets, call, all);  // order.c
    }
    int n = call->ty->results.len;
    Value *parts = arena_alloc(sizeof(Value) * (size_t)(n + 1));
    split_values(all, (Type **)call->ty->results.items, n, parts);  // stmt.c
    return parts[e->index];
}

// tuple_value_type is the type of the i-th value of the multi-value
// expression x: a call's result, or a comma-ok form's value and bool.
static Type *tuple_value_type(Node *x, int i) {
    if (x->ty && x->ty->kind == TY_TUPLE)
        return i < x->ty->results.len ? VEC_AT(&x->ty->results, i) : NULL;
    return i == 0 ? x->ty : ty_bool;
}

static Value convert_value(Gen *g, Value v, Type *from, Type *to) {
    if (!from || !to || !is_interface(to) || types_identical(from, to))
        return v;
    return gen_value_to_iface(g, v, from, to, NULL);  // convert.c: on the heap
}

// convert_tuple converts vals, the n values of x, to the target types
// (NULL: kept as they are), in order.
void convert_tuple(Gen *g, Node *x, Type **targets, int n, Value *vals) {
    for (int i = 0; i < n; i++)
        vals[i] = convert_value(g, vals[i], tuple_value_type(x, i), targets[i]);
}

// lhs_type is the type a left-hand side stores, NULL for `_`.
static Type *lhs_type(Node *lhs) {
    Node *x = unparen(lhs);
    if (x->kind == EXPR_IDENT && strcmp(x->name, "_") == 0)
        return NULL;
    return x->kind == EXPR_IDENT && x->obj && x->obj->kind == OBJ_VAR ? x->obj->type : x->ty;
}

// convert_tuple_to_lhs converts the values of `a, b = x` (or :=) for the
// left-hand sides' types; new variables take the values' own types.
void convert_tuple_to_lhs(Gen *g, Node *x, NodeList *lhs, Value *vals) {
    Type **targets = arena_alloc(sizeof(Type *) * (size_t)(lhs->len + 1));
    for (int i = 0; i < lhs->len; i++)
        targets[i] = lhs_type(lhs->items[i]);
    convert_tuple(g, x, targets, lhs->len, vals);
}

// convert_var_tuple converts the values of `var a, b T = x` to T.
void convert_var_tuple(Gen *g, Node *spec, Value *vals) {
    int n = spec->names.len;
    if (!spec->type || !spec->type->ty)
        return;
    Type **targets = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        targets[i] = spec->type->ty;
    convert_tuple(g, spec->list.items[0], targets, n, vals);
}

// range_value_type is the type of a range loop's i-th iteration value
// (Go spec: For statements with range clause).
static Type *range_value_type(Node *s, int i) {
    Type *t = underlying(s->rhs->ty);
    if (t->kind == TY_POINTER)
        t = underlying(t->elem);
    if (is_string(t))
        return i == 0 ? ty_int : ty_int32;
    if (t->kind == TY_MAP)
        return i == 0 ? t->key : t->elem;
    if (t->kind == TY_CHAN)
        return t->elem;
    return i == 0 ? ty_int : t->elem;
}

// convert_range_values converts the iteration values of `for k, v = range x`
// for existing variables of interface types.
void convert_range_values(Gen *g, Node *s, Value *vals) {
    Node *lhs[2] = {s->key, s->value};
    for (int i = 0; i < 2; i++)
        if (lhs[i] && !s->define)
            vals[i] = convert_value(g, vals[i], range_value_type(s, i), lhs_type(lhs[i]));
}
