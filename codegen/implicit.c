// implicit.c: the conversions to interfaces that Go's assignability implies
// (Go spec: Assignability, Comparison operators; = gc's typecheck.AssignConv,
// which wraps such operands in OCONVIFACE nodes).
//
// The checker leaves a value its own type where it is assigned to an
// interface. This pass, run between the checker and the lowering, makes
// each such conversion explicit, so that the lowering sees it:
//     var s Shape = r           =>   var s Shape = EXPR_CONV_IFACE(r)
//     f(1)  (f takes an any)    =>   f(EXPR_CONV_IFACE(1))
//     err == myErr{}            =>   err == EXPR_CONV_IFACE(myErr{})
// The places: assignments and definitions, variable declarations, call
// arguments (variadic ones too), results, composite literal elements, map
// keys in literals, indexes and delete, append's values, panic's argument,
// == and != between an interface and another type, and switch cases
// compared with an interface tag. The arguments f(g()) are first spread
// into one per result of g (tuple.c), and then converted like any others;
// other values that come as a tuple (a, b = g()) are converted by tuple.c.
#include "lower.h"

#include <string.h>

static void walk(Node *n, Type *fn);

static bool is_nil_ident(Node *x) {
    x = unparen(x);
    return x->kind == EXPR_IDENT && x->obj && x->obj->kind == OBJ_NIL;
}

// convert_to wraps *slot in a conversion to the interface type `to`, unless
// it already has that type (or is nil, or a tuple).
static void convert_to(Node **slot, Type *to) {
    Node *x = *slot;
    if (!x || !to || !x->ty || !is_interface(to) || x->ty->kind == TY_TUPLE || is_nil_ident(x))
        return;
    if (types_identical(x->ty, to))
        return;
    Node *c = new_node(EXPR_CONV_IFACE, x->pos);
    c->end = x->end;
    c->op_pos = x->op_pos;
    c->lhs = x;
    c->ty = to;
    *slot = c;
}

// ---- Assignments, declarations, results -------------------------------------------------

static Type *lhs_type(Node *lhs) {
    Node *x = unparen(lhs);
    if (x->kind == EXPR_IDENT && strcmp(x->name, "_") == 0)
        return NULL;
    if (x->kind == EXPR_IDENT && x->obj && x->obj->kind == OBJ_VAR)
        return x->obj->type;
    return x->ty;
}

static void convert_assignment(Node *s) {
    if (s->op || s->lhs_list.len != s->rhs_list.len)
        return;
    for (int i = 0; i < s->lhs_list.len; i++)
        convert_to(&s->rhs_list.items[i], lhs_type(s->lhs_list.items[i]));
}

// convert_var_spec: a package variable's init_expr follows its value's node.
static void convert_var_spec(Node *spec) {
    if (!spec->type || spec->list.len != spec->names.len)
        return;
    for (int i = 0; i < spec->list.len; i++) {
        Node *before = spec->list.items[i];
        convert_to(&spec->list.items[i], spec->type->ty);
        Object *o = ((Node *)spec->names.items[i])->obj;
        if (o && o->init_expr == before)
            o->init_expr = spec->list.items[i];
    }
}

static void convert_return(Node *s, Type *fn) {
    if (!fn || s->list.len != fn->results.len)
        return;
    for (int i = 0; i < s->list.len; i++)
        convert_to(&s->list.items[i], VEC_AT(&fn->results, i));
}

// ---- Calls ------------------------------------------------------------------------------

// convert_builtin_args: append's values to the element type, delete's key to
// the key type, panic's argument to any.
static void convert_builtin_args(Node *call, Builtin id) {
    NodeList *args = &call->list;
    if (id == BUILTIN_APPEND && !call->has_ellipsis && call->ty)
        for (int i = 1; i < args->len; i++)
            convert_to(&args->items[i], underlying(call->ty)->elem);
    if (id == BUILTIN_DELETE && args->len == 2 && args->items[0]->ty)
        convert_to(&args->items[1], underlying(args->items[0]->ty)->key);
    if (id == BUILTIN_PANIC && args->len == 1)
        convert_to(&args->items[0], ty_any);
}

static void convert_call_args(Node *call) {
    if (call->flags & NODE_CONVERSION)
        return;
    spread_call_results(call);  // tuple.c: f(g()) takes g's results as its arguments
    Node *fn = unparen(call->lhs);
    if (fn->obj && fn->obj->kind == OBJ_BUILTIN) {
        convert_builtin_args(call, fn->obj->builtin);
        return;
    }
    Type *sig = fn->ty ? underlying(fn->ty) : NULL;
    if (!sig || sig->kind != TY_FUNC)
        return;
    int n = sig->params.len;
    bool pack = sig->variadic && !call->has_ellipsis;
    for (int i = 0; i < call->list.len; i++) {
        Type *param = i < (pack ? n - 1 : n) ? VEC_AT(&sig->params, i)
                    : pack ? underlying((Type *)VEC_AT(&sig->params, n - 1))->elem : NULL;
        convert_to(&call->list.items[i], param);
    }
}

// ---- Composite literals and map indexes ---------------------------------------------------

static Field *field_named(Type *st, const char *name) {
    for (int i = 0; i < st->fields.len; i++) {
        Field *f = VEC_AT(&st->fields, i);
        if (strcmp(f->name, name) == 0)
            return f;
    }
    return NULL;
}

static void convert_struct_elems(Node *lit, Type *st) {
    for (int i = 0; i < lit->list.len; i++) {
        Node *el = lit->list.items[i];
        if (el->kind == EXPR_KEY_VALUE) {
            Field *f = el->lhs->name ? field_named(st, el->lhs->name) : NULL;
            convert_to(&el->rhs, f ? f->type : NULL);
        } else if (i < st->fields.len) {
            convert_to(&lit->list.items[i], ((Field *)VEC_AT(&st->fields, i))->type);
        }
    }
}

static void convert_composite(Node *lit) {
    Type *t = lit->ty ? underlying(lit->ty) : NULL;
    if (t && t->kind == TY_POINTER)
        t = underlying(t->elem);  // an elided &T{...}
    if (!t)
        return;
    if (t->kind == TY_STRUCT) {
        convert_struct_elems(lit, t);
        return;
    }
    if (t->kind != TY_ARRAY && t->kind != TY_SLICE && t->kind != TY_MAP)
        return;
    for (int i = 0; i < lit->list.len; i++) {
        Node *el = lit->list.items[i];
        if (el->kind != EXPR_KEY_VALUE) {
            convert_to(&lit->list.items[i], t->elem);
            continue;
        }
        if (t->kind == TY_MAP)
            convert_to(&el->lhs, t->key);
        convert_to(&el->rhs, t->elem);
    }
}

static void convert_map_index(Node *e) {
    Type *t = e->lhs->ty ? underlying(e->lhs->ty) : NULL;
    if (t && t->kind == TY_MAP)
        convert_to(&e->rhs, t->key);
}

// ---- Comparisons ---------------------------------------------------------------------------

// has_methods_of: every method of interface b is one of interface a's, so an
// a is assignable to b.
static bool has_methods_of(Type *a, Type *b) {
    Vec *am = interface_methods(a), *bm = interface_methods(b);
    for (int i = 0; i < bm->len; i++) {
        const char *name = ((Method *)VEC_AT(bm, i))->name;
        bool found = false;
        for (int j = 0; j < am->len && !found; j++)
            found = strcmp(((Method *)VEC_AT(am, j))->name, name) == 0;
        if (!found)
            return false;
    }
    return true;
}

// convert_comparison: in x == y one operand is assignable to the other's
// type (Go spec: Comparison operators); an interface side decides.
static void convert_comparison(Node *e) {
    Type *lt = e->lhs->ty, *rt = e->rhs->ty;
    if (!lt || !rt || is_nil_ident(e->lhs) || is_nil_ident(e->rhs) || types_identical(lt, rt))
        return;
    if (is_interface(lt) && (!is_interface(rt) || has_methods_of(rt, lt)))
        convert_to(&e->rhs, lt);
    else if (is_interface(rt))
        convert_to(&e->lhs, rt);
}

// convert_switch_cases: `switch x { case c: }` compares x == c; an
// interface tag takes each concrete case value converted.
static void convert_switch_cases(Node *s) {
    if (!s->tag_expr || !s->tag_expr->ty || !is_interface(s->tag_expr->ty))
        return;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        for (int j = 0; clause->kind == CASE_CLAUSE && j < clause->list.len; j++)
            convert_to(&clause->list.items[j], s->tag_expr->ty);
    }
}

// ---- The walk ------------------------------------------------------------------------------

static void convert_here(Node *n, Type *fn) {
    switch (n->kind) {
    case STMT_ASSIGN: case STMT_DEFINE: convert_assignment(n); return;
    case DECL_VAR: convert_var_spec(n); return;
    case STMT_RETURN: convert_return(n, fn); return;
    case EXPR_CALL: convert_call_args(n); return;
    case EXPR_COMPOSITE: convert_composite(n); return;
    case EXPR_INDEX: convert_map_index(n); return;
    case EXPR_BINARY:
        if (n->op == OP_EQ || n->op == OP_NE)
            convert_comparison(n);
        return;
    case STMT_SWITCH: convert_switch_cases(n); return;
    case STMT_SEND:  // ch <- v: v is assigned to the element type
        if (n->lhs->ty && underlying(n->lhs->ty)->kind == TY_CHAN)
            convert_to(&n->rhs, underlying(n->lhs->ty)->elem);
        return;
    default: return;
    }
}

static void walk_list(NodeList *l, Type *fn) {
    for (int i = 0; i < l->len; i++)
        walk(l->items[i], fn);
}

// walk converts under n; fn is the type of the function whose body n is in.
static void walk(Node *n, Type *fn) {
    if (!n || (n->kind >= TYPE_ARRAY && n->kind <= TYPE_ELLIPSIS))
        return;
    if (n->kind == EXPR_FUNC_LIT || n->kind == DECL_FUNC) {
        walk(n->body, n->ty);
        return;
    }
    if (n->kind == EXPR_CALL_RESULT && n->index > 0)
        return;  // its call was walked with the first result
    convert_here(n, fn);
    Node *children[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->body, n->els,
                        n->tag_expr, n->value, n->key, n->lo, n->hi, n->max, n->decl};
    for (size_t i = 0; i < sizeof children / sizeof children[0]; i++)
        walk(children[i], fn);
    walk_list(&n->list, fn);
    walk_list(&n->lhs_list, fn);
    walk_list(&n->rhs_list, fn);
}

// add_implicit_conversions rewrites the whole program: function bodies and
// package-level declarations.
void add_implicit_conversions(Program *p) {
    for (int i = 0; i < p->files.len; i++) {
        Node *file = VEC_AT(&p->files, i);
        walk_list(&file->decls, NULL);
    }
}
