// order.c: the order of evaluation within a statement (Go spec: Order of
// evaluation; = the part of gc's walk/order.go that moves calls into
// temporaries before the statement runs).
//
// The spec fixes the order of calls (left to right) but not when a variable
// is read relative to them. gc evaluates every call of a statement first,
// left to right and inner calls before outer ones, and reads the other
// operands afterwards; mgc does the same, so
//     println(counter, bump())     =>   t1 = bump() ; println(counter, t1)
// prints the counter as bump() left it, as go1.19 does. Calls in the right
// operand of && and || are conditional and stay where they are, as do calls
// inside function literals.
#include "lower.h"

bool preset_value(Gen *g, Node *e, Value *out) {
    for (int i = g->presets->nodes.len - 1; i >= 0; i--)
        if (VEC_AT(&g->presets->nodes, i) == e) {
            *out = *(Value *)VEC_AT(&g->presets->values, i);
            return true;
        }
    return false;
}

void add_preset(Presets *ps, Node *e, Value v) {
    Value *copy = NEW(Value);
    *copy = v;
    vec_push(&ps->nodes, e);
    vec_push(&ps->values, copy);
}

int preset_mark(Gen *g) { return g->presets ? g->presets->nodes.len : 0; }

// drop_presets forgets the values added since mark: a statement's hoisted
// calls belong to that statement only.
void drop_presets(Gen *g, int mark) {
    if (g->presets)
        g->presets->nodes.len = g->presets->values.len = mark;
}

static bool is_hoisted_call(Node *e) {
    if (e->kind == EXPR_UNARY && e->op == OP_RECV)
        return !(e->flags & NODE_COMMA_OK);  // a receive is a call of the runtime
    if (e->kind != EXPR_CALL || (e->flags & NODE_CONVERSION) || !e->ty)
        return false;  // a conversion, or a call without results
    Node *fn = unparen(e->lhs);
    return !(fn->obj && fn->obj->kind == OBJ_BUILTIN);
}

static void hoist_list(Gen *g, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        hoist_calls(g, l->items[i]);
}

// hoist_calls evaluates the calls inside e (e itself included) that gc's
// order pass moves into temporaries, and records their values as presets.
void hoist_calls(Gen *g, Node *e) {
    if (!e || e->cval || e->kind == EXPR_FUNC_LIT || (e->kind >= TYPE_ARRAY && e->kind <= TYPE_ELLIPSIS))
        return;
    Value v;
    if (g->presets && preset_value(g, e, &v))
        return;  // evaluated already (a deferred call's operand)
    if (e->kind == EXPR_BINARY && (e->op == OP_LAND || e->op == OP_LOR)) {
        hoist_calls(g, e->lhs);
        return;
    }
    hoist_calls(g, e->lhs);
    hoist_calls(g, e->rhs);
    hoist_calls(g, e->lo);
    hoist_calls(g, e->hi);
    hoist_calls(g, e->max);
    hoist_list(g, &e->list);
    if (!is_hoisted_call(e))
        return;
    if (!g->presets)
        g->presets = NEW(Presets);
    add_preset(g->presets, e, gen_expr(g, e));
}

// gen_ordered evaluates a statement's expression as gc orders it: its calls
// first, then the rest.
Value gen_ordered(Gen *g, Node *e) {
    int mark = preset_mark(g);
    hoist_calls(g, e);
    Value v = gen_expr(g, e);
    drop_presets(g, mark);
    return v;
}
