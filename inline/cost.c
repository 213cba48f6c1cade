// cost.c: which functions can be inlined (= gc's inline.CanInline and its
// hairyVisitor, inl.go).
//
// A function's cost is the number of nodes of its body as gc's IR counts
// them, with gc's adjustments:
//     a call                 1 + the callee's cost if it is inlinable, else 1 + 57
//     panic(x)               1 + 1 (panics are cheap: gc does not penalize them)
//     a function literal     1 + 15 + its body
//     a conversion between types of one underlying type, a block, (x)   0
//     x := v                 the assignment, plus 2 for the declared name
// and it can be inlined when the cost is at most 80 and the body holds no
// recover, defer, go, select or local type declaration. Functions are
// decided bottom-up over the call graph (Tarjan's strongly connected
// components, = gc's ir.VisitFuncsBottomUp), so a call to a function decided
// earlier costs that function's body; a function that calls itself and no
// other function of its cycle is "recursive" and never inlined.
#include "inline.h"

#include "../codegen/lower.h"

#include <string.h>

enum { EXTRA_CALL_COST = 57, EXTRA_PANIC_COST = 1, CLOSURE_COST = 15 };

typedef struct Hairy {
    int budget;             // what is left of INLINE_MAX_BUDGET
    const char *reason;     // why the function cannot be inlined (NULL: it can)
} Hairy;

static void cost(Hairy *v, Node *n);

static void cost_list(Hairy *v, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        cost(v, l->items[i]);
}

// callee_of is the function a call statically calls, or NULL: f(x), x.M(y)
// with a concrete method, T.M(x, y).
static Object *callee_of(Node *call) {
    Node *fn = call->lhs;
    while (fn && fn->kind == EXPR_PAREN)
        fn = fn->lhs;
    if (!fn || (call->flags & NODE_CONVERSION))
        return NULL;
    if (fn->kind == EXPR_IDENT && fn->obj && fn->obj->kind == OBJ_FUNC)
        return fn->obj;
    if (fn->kind == EXPR_SELECTOR && fn->sel && fn->sel->method &&
        (fn->sel->kind == SEL_METHOD || fn->sel->kind == SEL_METHOD_EXPR))
        return fn->sel->method->func;  // NULL for an interface method
    return NULL;
}

// cost_call charges a call: 57 more than a node unless the callee is known
// to be inlinable, in which case its body is charged instead.
static void cost_call(Hairy *v, Node *call) {
    Node *fn = call->lhs;
    while (fn && fn->kind == EXPR_PAREN)
        fn = fn->lhs;
    if (call->flags & NODE_CONVERSION) {
        Type *to = call->ty, *from = call->list.len ? ((Node *)call->list.items[0])->ty : NULL;
        if (from && to && underlying(from) == underlying(to))
            v->budget++;  // OCONVNOP: no code
        cost_list(v, &call->list);
        return;
    }
    if (fn && fn->obj && fn->obj->kind == OBJ_BUILTIN) {
        switch (fn->obj->builtin) {
        case BUILTIN_RECOVER:
            v->reason = "call to recover";
            return;
        case BUILTIN_PANIC:
            v->budget -= EXTRA_PANIC_COST;
            break;
        default:
            break;
        }
        cost_list(v, &call->list);
        return;
    }
    Object *callee = callee_of(call);
    if (callee && callee->can_inline)
        v->budget -= callee->inl_cost;
    else
        v->budget -= EXTRA_CALL_COST;
    if (fn && fn->kind == EXPR_SELECTOR && fn->sel && fn->sel->kind == SEL_METHOD && callee)
        cost(v, fn->lhs);  // the receiver is an argument; the method name costs nothing
    else
        cost(v, fn);
    cost_list(v, &call->list);
}

static bool same_pos(Pos a, Pos b) { return a.file == b.file && a.line == b.line && a.col == b.col; }

// cost_define charges `a, b := x, y`: the assignment and its operands, and
// a declaration (2 nodes) per name it declares.
static void cost_define(Hairy *v, Node *n) {
    for (int i = 0; i < n->lhs_list.len; i++) {
        Node *name = n->lhs_list.items[i];
        if (name->obj && same_pos(name->obj->pos, name->pos))
            v->budget -= 2;
    }
    cost_list(v, &n->lhs_list);
    cost_list(v, &n->rhs_list);
}

// cost_var_decl charges `var a, b T = x, y` (declarations and assignments)
// and refuses a local type declaration, which gc cannot inline.
static void cost_var_decl(Hairy *v, Node *d) {
    if (!d)
        return;
    switch (d->kind) {
    case DECL_GROUP:
        for (int i = 0; i < d->list.len; i++)
            cost_var_decl(v, d->list.items[i]);
        return;
    case DECL_TYPE:
        v->reason = "unhandled op DCLTYPE";
        return;
    case DECL_VAR:
        v->budget -= 2 * d->names.len;
        if (d->list.len)
            v->budget -= d->names.len;  // OAS per name
        cost_list(v, &d->names);
        cost_list(v, &d->list);
        return;
    default:
        return;  // constants produce no code
    }
}

// cost_child charges a child of a node (ast_each_child's visit).
static void cost_child(Node *child, void *v) { cost(v, child); }

// cost charges n and what is under it: one unit per node, with gc's
// exceptions. It stops at the first thing gc refuses.
static void cost(Hairy *v, Node *n) {
    if (!n || v->reason)
        return;
    if (n->kind >= TYPE_ARRAY && n->kind <= TYPE_ELLIPSIS)
        return;  // type syntax is no node of gc's IR
    switch (n->kind) {
    case EXPR_PAREN:
    case STMT_BLOCK:
    case STMT_EXPR:
    case STMT_EMPTY:
        v->budget++;  // no node of its own
        break;
    case STMT_DEFER:
        v->reason = "unhandled op DEFER";
        return;
    case STMT_GO:
        v->reason = "unhandled op GO";
        return;
    case STMT_SELECT:
        v->reason = "unhandled op SELECT";
        return;
    case STMT_DECL:
        cost_var_decl(v, n->decl);
        return;
    case STMT_FALLTHROUGH:
        return;  // OFALL: no code
    case STMT_DEFINE:
        v->budget--;
        cost_define(v, n);
        return;
    case EXPR_CALL:
        v->budget--;
        cost_call(v, n);
        return;
    case EXPR_FUNC_LIT:
        v->budget -= CLOSURE_COST + 1;
        cost(v, n->body);
        return;
    case EXPR_COMPOSITE:
        if (n->ty && underlying(n->ty)->kind == TY_SLICE)
            v->budget++;  // gc's toolstash hack for OSLICELIT
        if (n->ty && underlying(n->ty)->kind == TY_STRUCT)
            for (int i = 0; i < n->list.len; i++)
                if (((Node *)n->list.items[i])->kind != EXPR_KEY_VALUE)
                    v->budget--;  // each element is an OSTRUCTKEY
        break;
    case EXPR_KEY_VALUE:
        if (n->lhs && n->lhs->kind == EXPR_IDENT && !n->lhs->obj)
            v->budget++;  // a field name is part of its OSTRUCTKEY
        break;
    default:
        break;
    }
    v->budget--;
    if (v->budget < 0) {
        v->reason = "function too complex";
        return;
    }
    if (n->kind == EXPR_KEY_VALUE && n->lhs && n->lhs->kind == EXPR_IDENT && !n->lhs->obj) {
        cost(v, n->rhs);
        return;
    }
    ast_each_child(n, cost_child, v);  // gc's ir.DoChildren
}

// Counting the nodes under a body, up to a limit (= gc's isBigFunc).
typedef struct Counter {
    int count, limit;
} Counter;

static void count_node(Node *n, void *ctx) {
    Counter *c = ctx;
    if (c->count > c->limit)
        return;
    c->count++;
    ast_each_child(n, count_node, c);
}

static bool is_big(Node *body) {
    Counter c = {0, INLINE_BIG_FUNCTION};
    count_node(body, &c);
    return c.count > c.limit;
}

// decide_literals decides, for every function literal under n, whether a
// direct call of it can be inlined (its own body against the budget, as gc
// decides a closure with its enclosing function).
static void decide_literals(Node *n, void *unused) {
    if (n->kind == EXPR_FUNC_LIT) {
        Hairy v = {.budget = INLINE_MAX_BUDGET};
        cost(&v, n->body);
        n->can_inline = !v.reason && v.budget >= 0;
        n->inl_cost = INLINE_MAX_BUDGET - v.budget;
    }
    ast_each_child(n, decide_literals, unused);
}

// ---- The call graph, bottom-up -------------------------------------------------------

// The walk numbers each function with a body 1, 2, ... (Object.inl_node) and
// keeps Tarjan's state for it here.
typedef struct Vertex {
    Object *fn;
    int index, low;         // 0: not visited yet
    bool on_stack;
    bool calls_itself;      // its body calls it directly (gc: "recursive")
} Vertex;

typedef struct Graph {
    Vertex *v;              // 1..n
    int n;
    int counter;
    Vec stack;              // int: vertex numbers
    Vec *report;
    Vec *batches;           // Program.batches: each component once complete
} Graph;

static void strongconnect(Graph *g, int i);

static void edge(Graph *g, int from, Object *callee) {
    int to = callee ? callee->inl_node : 0;
    if (!to)
        return;  // not a function with a body of this program
    if (to == from)
        g->v[from].calls_itself = true;
    if (!g->v[to].index) {
        strongconnect(g, to);
        if (g->v[to].low < g->v[from].low)
            g->v[from].low = g->v[to].low;
    } else if (g->v[to].on_stack && g->v[to].index < g->v[from].low) {
        g->v[from].low = g->v[to].index;
    }
}

// Following the static calls under a body (ast_each_child's visit).
typedef struct CallWalk {
    Graph *g;
    int from;
} CallWalk;

static void visit_calls(Node *n, void *ctx) {
    CallWalk *w = ctx;
    if (n->kind == EXPR_CALL)
        edge(w->g, w->from, callee_of(n));
    ast_each_child(n, visit_calls, w);
}

// symbol_of is fn's symbol, as lowering names it (lower.c func_symbol).
static const char *symbol_of(Object *fn) {
    if (fn->decl->recv)
        return method_symbol(fn->decl->recv->type->ty, fn->name);
    return arena_printf("%s.%s", object_pkg(fn), fn->name);
}

// receiver_paren is the position of the `(` before a receiver, where gc
// places a method's declaration.
// (source_line_at's text starts at the declaration's `func`.)
static Pos receiver_paren(Node *decl) {
    Pos recv = decl->recv->pos;
    const char *line = source_line_at(recv);
    int col = recv.col;
    if (recv.line != decl->pos.line || (int)strlen(line) < col - decl->pos.col)
        return recv;
    while (col > decl->pos.col && line[col - decl->pos.col] != '(')
        col--;
    recv.col = col;
    return recv;
}

// decide costs fn's body and records whether gc would inline it.
static void decide(Graph *g, Object *fn) {
    Node *decl = fn->decl;
    Hairy v = {.budget = INLINE_MAX_BUDGET};
    cost(&v, decl->body);
    fn->can_inline = !v.reason && v.budget >= 0;
    fn->inl_cost = INLINE_MAX_BUDGET - v.budget;
    if (fn->can_inline && g->report && (!fn->pkg || strcmp(fn->pkg, "main") == 0)) {
        InlReport *r = NEW(InlReport);
        r->pos = decl->recv ? receiver_paren(decl) : decl->name_pos;
        r->text = arena_printf("can inline %s", inl_display_name(symbol_of(fn)));
        vec_push(g->report, r);
    }
}

// strongconnect is Tarjan's algorithm from vertex i; each component is
// decided as soon as it is complete, so its callees have been decided.
static void strongconnect(Graph *g, int i) {
    Vertex *x = &g->v[i];
    x->index = x->low = ++g->counter;
    x->on_stack = true;
    vec_push(&g->stack, (void *)(intptr_t)i);
    visit_calls(x->fn->decl->body, &(CallWalk){g, i});
    x = &g->v[i];
    if (x->low != x->index)
        return;
    Vec *comp = NEW(Vec);
    int j;
    do {
        j = (int)(intptr_t)g->stack.items[--g->stack.len];
        g->v[j].on_stack = false;
        vec_push(comp, g->v[j].fn);
    } while (j != i);
    vec_push(g->batches, comp);
    for (int k = comp->len - 1; k >= 0; k--) {
        Object *fn = comp->items[k];
        if (comp->len == 1 && g->v[fn->inl_node].calls_itself)
            continue;  // gc: "cannot inline f: recursive"
        decide(g, fn);
    }
}

void inl_analyze(Program *p, Vec *report) {
    Graph g = {.report = report, .batches = &p->batches};
    g.v = arena_alloc(sizeof(Vertex) * (size_t)(p->funcs.len + 1));
    for (int i = 0; i < p->funcs.len; i++) {
        Node *decl = VEC_AT(&p->funcs, i);
        if (!decl->body || !decl->obj || (!decl->recv && strcmp(decl->name, "init") == 0))
            continue;
        g.v[++g.n].fn = decl->obj;
        decl->obj->inl_node = g.n;
        decl->obj->inl_big = is_big(decl->body);
    }
    for (int i = 1; i <= g.n; i++)
        if (!g.v[i].index)
            strongconnect(&g, i);
    for (int i = 1; i <= g.n; i++)
        decide_literals(g.v[i].fn->decl->body, NULL);
    for (int i = 0; i < p->globals.len; i++) {
        Node *init = ((Object *)VEC_AT(&p->globals, i))->init_expr;
        if (init)
            decide_literals(init, NULL);
    }
}

const char *inl_display_name(const char *sym) {
    if (strncmp(sym, "main.", 5) == 0)
        return sym + 5;
    const char *name = sym;  // math/rand.New is rand.New: the path's last element
    for (const char *p = sym; *p && *p != '('; p++)
        if (*p == '/')
            name = p + 1;
    return name;
}
