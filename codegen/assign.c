// assign.c: assignments and local declarations (Go spec: Assignment
// statements, Variable declarations, Short variable declarations).
//
// An assignment runs in two phases, as the spec orders it: first the operands
// of index expressions and pointer indirections on the left and all values on
// the right are evaluated, left to right; then the stores happen left to right.
//     a[i], p.x = f(), g()   =>   t1 = &a[i] ; t2 = &p.x ; v1 = f() ; v2 = g()
//                                 *t1 = v1 ; *t2 = v2
#include "lower.h"

#include <string.h>

// LValue is a place an assignment stores to, after its first phase.
typedef struct LValue {
    enum { LV_BLANK, LV_VAR, LV_MEM, LV_MAP } kind;
    Object *var;    // LV_VAR
    VReg addr;      // LV_MEM
    MapPlace map;   // LV_MAP: m[k], stored by mapassign (map.c)
    Type *type;
} LValue;

// gen_lvalue does the first phase for one left-hand side: variables are
// named, other places have their address computed (bounds and nil checks
// included).
static LValue gen_lvalue(Gen *g, Node *lhs) {
    Node *e = unparen(lhs);
    if (e->kind == EXPR_IDENT) {
        if (!e->obj || strcmp(e->obj->name, "_") == 0)
            return (LValue){.kind = LV_BLANK};
        return (LValue){.kind = LV_VAR, .var = e->obj, .type = e->obj->type};
    }
    if (is_map_index(e))
        return (LValue){.kind = LV_MAP, .map = gen_map_place(g, e), .type = e->ty};  // map.c
    return (LValue){.kind = LV_MEM, .addr = gen_addr(g, e), .type = e->ty};  // addr.c
}

static void gen_lvalue_store(Gen *g, LValue *lv, Value v) {
    switch (lv->kind) {
    case LV_BLANK: return;
    case LV_VAR: gen_store_var(g, lv->var, v); return;
    case LV_MEM: gen_store(g, lv->type, lv->addr, v); return;
    case LV_MAP: gen_map_place_store(g, &lv->map, v); return;  // map.c
    }
}

static Value gen_lvalue_load(Gen *g, LValue *lv) {
    if (lv->kind == LV_MAP)
        return gen_map_place_load(g, &lv->map);  // map.c
    return lv->kind == LV_VAR ? gen_read_var(g, lv->var) : gen_load(g, lv->type, lv->addr);
}

// split_values divides the words of a multi-value call among n targets.
void split_values(Value all, Type **types, int n, Value *out) {
    int w = 0;
    for (int i = 0; i < n; i++) {
        out[i].n = value_words(types[i]);
        for (int k = 0; k < out[i].n; k++)
            out[i].w[k] = all.w[w++];
    }
}

// gen_values evaluates the values of an assignment of n values into vals: n
// expressions, or one call with n results, or `v, ok = m[k]`.
// Their calls are made first (order.c), then the other operands are read.
void gen_values(Gen *g, NodeList *exprs, int n, Value *vals) {
    int mark = preset_mark(g);
    for (int i = 0; i < exprs->len; i++)
        hoist_calls(g, exprs->items[i]);  // order.c
    if (exprs->len == 1 && n > 1) {
        Node *call = exprs->items[0];
        if (is_map_index(call) && (unparen(call)->flags & NODE_COMMA_OK))
            gen_map_index_ok(g, unparen(call), vals);  // map.c
        else if (unparen(call)->kind == EXPR_TYPE_ASSERT)
            gen_assert_ok(g, unparen(call), vals);     // assert.c
        else if (unparen(call)->kind == EXPR_UNARY && unparen(call)->op == OP_RECV)
            gen_recv_ok(g, unparen(call), vals);       // chan.c
        else
            split_values(gen_expr(g, call), (Type **)call->ty->results.items, n, vals);
    } else {
        for (int i = 0; i < n; i++)
            vals[i] = gen_expr(g, exprs->items[i]);
    }
    drop_presets(g, mark);
}

// gen_var_spec lowers `var a, b T = x, y`: evaluate all values, then give
// each name its home and value (the zero value without an initializer).
static void gen_var_spec(Gen *g, Node *spec) {
    int n = spec->names.len;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)n);
    if (spec->list.len)
        gen_values(g, &spec->list, n, vals);
    if (spec->list.len == 1 && n > 1)
        convert_var_tuple(g, spec, vals);  // tuple.c
    for (int i = 0; i < n; i++) {
        Object *o = ((Node *)spec->names.items[i])->obj;
        if (!o || strcmp(o->name, "_") == 0)
            continue;
        if (spec->list.len)
            declare_local(g, o, vals[i]);
        else
            declare_zero_local(g, o);
    }
}

void gen_local_decl(Gen *g, Node *d) {
    if (d->kind == DECL_GROUP) {
        for (int i = 0; i < d->list.len; i++)
            gen_local_decl(g, d->list.items[i]);
    } else if (d->kind == DECL_VAR) {
        gen_var_spec(g, d);
    }  // constants and types generate no code
}

// is_variable_part: e is a variable, or a field or array element of one,
// reached without following a pointer (so it overlaps no other such place
// of its type unless it is the same).
static bool is_variable_part(Node *e) {
    e = unparen(e);
    switch (e->kind) {
    case EXPR_IDENT: return e->obj && e->obj->kind == OBJ_VAR;
    case EXPR_SELECTOR:
        return e->sel && e->sel->kind == SEL_FIELD && !e->sel->indirect && !is_pointer(e->lhs->ty) &&
               is_variable_part(e->lhs);
    case EXPR_INDEX: return underlying(e->lhs->ty)->kind == TY_ARRAY && is_variable_part(e->lhs);
    default: return false;
    }
}

// copies_in_place: `x = y` of one struct or array y that is (part of) a
// variable is copied from y's memory straight into x's, without the private
// copy a Value of y would be (nothing runs between the two).
static bool copies_in_place(Node *s, LValue *lvs) {
    if (s->lhs_list.len != 1 || s->rhs_list.len != 1 || lvs[0].kind == LV_MAP)
        return false;
    Node *rhs = s->rhs_list.items[0];
    return is_aggregate(rhs->ty) && is_variable_part(rhs);
}

// gen_assign lowers `a, b = x, y` and `a, b := x, y` in the two phases above;
// `a, b = b, a` swaps because every value is read before any store.
void gen_assign(Gen *g, Node *s) {
    int n = s->lhs_list.len;
    int mark = preset_mark(g);
    for (int i = 0; i < n; i++)  // the calls of the left side, then of the right (order.c)
        hoist_calls(g, s->lhs_list.items[i]);
    for (int i = 0; i < s->rhs_list.len; i++)
        hoist_calls(g, s->rhs_list.items[i]);
    LValue *lvs = arena_alloc(sizeof(LValue) * (size_t)n);
    for (int i = 0; i < n; i++) {
        Node *lhs = s->lhs_list.items[i];
        Object *o = unparen(lhs)->obj;
        bool declared = s->kind == STMT_DEFINE && o && o->decl == s;
        lvs[i] = declared ? (LValue){.kind = LV_BLANK} : gen_lvalue(g, lhs);
    }
    Value *vals = arena_alloc(sizeof(Value) * (size_t)n);
    if (copies_in_place(s, lvs))
        vals[0] = (Value){1, {gen_addr(g, s->rhs_list.items[0])}};  // addr.c
    else
        gen_values(g, &s->rhs_list, n, vals);
    if (s->rhs_list.len == 1 && n > 1)
        convert_tuple_to_lhs(g, s->rhs_list.items[0], &s->lhs_list, vals);  // tuple.c
    for (int i = 0; i < n; i++) {
        Object *o = unparen(s->lhs_list.items[i])->obj;
        if (s->kind == STMT_DEFINE && o && o->decl == s && strcmp(o->name, "_") != 0)
            declare_local(g, o, vals[i]);  // a new variable of this :=
        else
            gen_lvalue_store(g, &lvs[i], vals[i]);
    }
    drop_presets(g, mark);
}

// gen_assign_tuple stores values already evaluated into n left-hand sides
// (NULL ones are skipped) as one tuple assignment: every place is computed
// first, then the stores happen left to right. A range loop assigns its
// iteration values this way (= gc's OAS2), so `for i, a[i] = range x` stores
// each element into a[the previous i].
void gen_assign_tuple(Gen *g, Node **lhs, Value *vals, int n) {
    LValue *lvs = arena_alloc(sizeof(LValue) * (size_t)n);
    for (int i = 0; i < n; i++)
        lvs[i] = lhs[i] ? gen_lvalue(g, lhs[i]) : (LValue){.kind = LV_BLANK};
    for (int i = 0; i < n; i++)
        gen_lvalue_store(g, &lvs[i], vals[i]);
}

// gen_op_assign lowers `x op= y` and `x++`: the place is computed once (so
// `a[f()] += 1` calls f once), its old value held in a temporary:
//     t = &x ; old = *t ; *t = old op y
void gen_op_assign(Gen *g, Node *s, Node *lhs, Node *rhs, Op op) {
    int mark = preset_mark(g);
    hoist_calls(g, lhs);  // order.c: the calls first, then the place and its value
    hoist_calls(g, rhs);
    LValue lv = gen_lvalue(g, lhs);
    Object *old = NEW(Object);
    old->kind = OBJ_VAR;
    old->name = ".old";
    old->type = lhs->ty;
    declare_local(g, old, gen_lvalue_load(g, &lv));
    Node *x = new_ident(old->name, lhs->pos);
    x->obj = old;
    x->ty = lhs->ty;
    Node *bin = new_binary(op, x, rhs, s->pos);
    bin->ty = lhs->ty;
    gen_lvalue_store(g, &lv, gen_expr(g, bin));
    drop_presets(g, mark);
}

void gen_incdec(Gen *g, Node *s) {
    Node *one = new_node(EXPR_INT_LIT, s->pos);
    one->lit = "1";
    one->ty = s->lhs->ty;
    ConstValue *c = NEW(ConstValue);
    c->kind = CONST_INT;
    mpz_init_set_si(c->i, 1);
    one->cval = c;
    gen_op_assign(g, s, s->lhs, one, s->op);
}
