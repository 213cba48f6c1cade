// call.c: calls (= gc's escape/call.go). Each argument flows into the hole
// of its parameter:
//   - a function of this batch: the parameter's own location (and the
//     call's results come from the callee's result locations);
//   - a function analysed before: the holes its tag names (the heap after
//     n dereferences, result i after m), or nowhere when it leaks nothing;
//   - a library function written in C: the heap, except that a string or a
//     slice of pointer-free elements can only come back in a result, and
//     fmt's printers only keep what their operands point to (their Error
//     and String methods are called through interfaces);
//   - anything else (a function value, an interface method): the heap.
#include "internal.h"

typedef enum RecvMode { RECV_VALUE, RECV_ADDR, RECV_DEREF } RecvMode;

// Callee: what a call is known to call.
typedef struct Callee {
    Object *fn;             // a declared function or method
    Fn *lit;                // a function literal called where it is written
    Node *recv;             // a method call's receiver expression
    RecvMode recv_mode;     // how the receiver is passed
    Type *sig;              // the signature, without the receiver
} Callee;

// concrete_type: the dynamic type of the interface value v, when v is a
// conversion of a concrete value (implicit, or written I(x)).
static Type *concrete_type(Node *v) {
    Node *x = NULL;
    if (v->kind == EXPR_CONV_IFACE)
        x = v->lhs;
    else if (v->kind == EXPR_CALL && (v->flags & NODE_CONVERSION) && v->list.len == 1 && is_interface(v->ty))
        x = v->list.items[0];
    if (!x || !x->ty || is_interface(x->ty) || underlying(x->ty)->kind == TY_UNTYPED_NIL || is_untyped(x->ty))
        return NULL;
    return x->ty;
}

// devirtualize: x.M() on an interface variable that always holds a T is a
// call of T's method M (gc's devirtualize pass), with x.(T) as receiver.
static void devirtualize(E *e, Node *call, Callee *c) {
    Node *f = unparen(call->lhs);
    Type *t = concrete_type(static_value(f->lhs));
    if (!t)
        return;
    Vec ms = method_set(t);
    for (int i = 0; i < ms.len; i++) {
        Selection *m = ms.items[i];
        if (strcmp(m->method->name, f->name) != 0)
            continue;
        if (m->depth != 1 || !m->method->func)
            return;  // promoted through an embedded field: left to the IR's devirtualization
        c->fn = m->method->func;
        // The receiver is the data word itself for a pointer-shaped T (unless a
        // value method of *E, which takes *p), else the value the word points at.
        bool deref = !is_direct_iface(t) || (is_pointer(t) && !m->method->ptr_recv);
        c->recv_mode = deref ? RECV_DEREF : RECV_VALUE;
        note_devirtualized(e, call, f, t);
        return;
    }
}

static Callee callee_of(E *e, Node *call) {
    Callee c = {0};
    Node *f = unparen(call->lhs);
    c.sig = f->ty ? underlying(f->ty) : NULL;
    if (f->kind == EXPR_IDENT && f->obj && f->obj->kind == OBJ_FUNC) {
        c.fn = f->obj;
        return c;
    }
    if (f->kind == EXPR_FUNC_LIT) {
        c.lit = walk_func_lit(e, discard_hole(), f);  // called in place: nothing keeps it
        return c;
    }
    Selection *sel = f->kind == EXPR_SELECTOR ? f->sel : NULL;
    if (!sel || sel->kind != SEL_METHOD) {
        walk_expr(e, discard_hole(), f);  // calling a function value keeps nothing of it
        Node *v = static_value(f);
        if (v->kind == EXPR_FUNC_LIT)
            c.lit = ptrmap_get(&e->b->fn_of, v);  // f := func...; f(x): that literal's parameters
        return c;
    }
    c.recv = f->lhs;
    if (is_interface(sel->recv)) {
        devirtualize(e, call, &c);
        return c;  // otherwise an unknown method: the data word goes to the heap
    }
    if (!sel->method->func)
        return c;
    c.fn = sel->method->func;
    bool ptr = is_pointer(f->lhs->ty) || sel->indirect;
    if (sel->method->ptr_recv)
        c.recv_mode = ptr ? RECV_VALUE : RECV_ADDR;
    else
        c.recv_mode = ptr ? RECV_DEREF : RECV_VALUE;
    return c;
}

// batch_fn is the callee when it is analysed in this batch (a literal, or a
// member of the component), else NULL.
static Fn *batch_fn(E *e, Callee *c) {
    return c->lit ? c->lit : c->fn ? ptrmap_get(&e->b->fn_of, c->fn) : NULL;
}

static bool in_batch(E *e, Callee *c) { return batch_fn(e, c) != NULL; }

// tee is a hole that feeds every hole it is given, so an argument is walked
// once even when its value goes several places.
static Hole tee(E *e, Hole *holes, int n) {
    if (n == 0)
        return discard_hole();
    if (n == 1)
        return holes[0];
    Loc *t = new_loc(e, NULL, NULL);
    for (int i = 0; i < n; i++)
        flow(holes[i], t);
    return hole_of(t);
}

// tag_hole is where an argument goes when the callee's tag for it is tag.
static Hole tag_hole(E *e, EscLeaks *tag, Hole *results, int nresults) {
    Hole holes[ESC_RESULTS + 1];
    int n = 0;
    if (tag->heap >= 0)
        holes[n++] = shift(heap_hole(e), tag->heap);
    for (int r = 0; r < ESC_RESULTS && r < nresults; r++)
        if (tag->result[r] >= 0 && (tag->heap < 0 || tag->result[r] < tag->heap))
            holes[n++] = shift(results[r], tag->result[r]);
    return tee(e, holes, n);
}

// c_tag is the tag of a parameter of type t of a library function written
// in C (sym): see the top of this file.
static EscLeaks c_tag(const char *sym, Type *t, int nresults) {
    EscLeaks tag = {.heap = -1};
    for (int r = 0; r < ESC_RESULTS; r++)
        tag.result[r] = -1;
    Type *u = underlying(t);
    if (strcmp(sym, "fmt.sprint") == 0 || strcmp(sym, "fmt.sprintf") == 0) {
        tag.heap = u->kind == TY_SLICE ? 1 : -1;
        return tag;
    }
    bool bytes = u->kind == TY_STRING || (u->kind == TY_SLICE && !has_pointers(u->elem));
    if (!bytes) {
        tag.heap = 0;
        return tag;
    }
    for (int r = 0; r < nresults && r < ESC_RESULTS; r++)
        tag.result[r] = 0;
    return tag;
}

static const char *symbol_name(Object *fn) {
    return arena_printf("%s.%s", fn->pkg ? fn->pkg : "main", fn->name);
}

// param_hole is the hole of parameter i (the receiver is 0 for a method).
static Hole param_hole(E *e, Callee *c, int i, Type *t, Hole *results, int nresults) {
    if (!has_pointers(t))
        return discard_hole();
    if (in_batch(e, c)) {
        Fn *fn = batch_fn(e, c);
        Loc *p = fn && i < fn->params.len ? fn->params.items[i] : NULL;
        return p ? hole_of(p) : discard_hole();
    }
    if (!c->fn)
        return heap_hole(e);
    if (c->fn->leaks)
        return tag_hole(e, &c->fn->leaks[i], results, nresults);
    if (c->fn->decl && !c->fn->decl->body && c->fn->pkg && strcmp(c->fn->pkg, "main") != 0) {
        EscLeaks tag = c_tag(symbol_name(c->fn), t, nresults);
        return tag_hole(e, &tag, results, nresults);
    }
    return heap_hole(e);
}

static void walk_receiver(E *e, Hole k, Callee *c) {
    if (c->recv_mode == RECV_ADDR)
        addr_of(e, k, c->recv);
    else
        walk_expr(e, c->recv_mode == RECV_DEREF ? shift(k, 1) : k, c->recv);
}

// ---- Built-in functions ------------------------------------------------------------------

static bool constant_size(Node *call) {
    for (int i = 1; i < call->list.len; i++)
        if (!((Node *)call->list.items[i])->cval)
            return false;
    return true;
}

enum { MAX_IMPLICIT_STACK = 64 << 10 };  // = gc's MaxImplicitStackVarSize

// must_heap: an allocation gc never puts in a frame (gc's HeapAllocReason).
static void must_heap(E *e, Loc *l, bool cond) {
    if (cond)
        flow(shift(heap_hole(e), -1), l);
}

static int64_t const_int(Node *n) { return n->cval ? const_int64(n->cval) : -1; }

static void walk_make(E *e, Hole k, Node *call) {
    Type *t = underlying(call->ty);
    for (int i = 1; i < call->list.len; i++)
        walk_expr(e, discard_hole(), call->list.items[i]);
    if (t->kind == TY_CHAN)
        return;  // channels are always on the heap (runtime.makechan)
    Loc *l = spill_expr(e, k, call, call, false, gc_pos(call));
    if (t->kind == TY_SLICE) {
        Node *size = call->list.items[call->list.len - 1];
        must_heap(e, l, !constant_size(call) || const_int(size) * t->elem->size > MAX_IMPLICIT_STACK);
    }
}

// walk_append: append(s, x...): s may come back as the result; a new
// backing array is on the heap, and so is everything appended.
static void walk_append(E *e, Hole k, Node *call) {
    Node *s = call->list.items[0];
    Type *elem = underlying(call->ty)->elem;
    Hole appendee = k;
    if (has_pointers(elem)) {
        Hole holes[2] = {k, shift(heap_hole(e), 1)};
        appendee = tee(e, holes, 2);
    }
    walk_expr(e, appendee, s);
    for (int i = 1; i < call->list.len; i++) {
        Node *x = call->list.items[i];
        if (call->has_ellipsis)
            walk_expr(e, has_pointers(elem) && !is_string(x->ty) ? shift(heap_hole(e), 1) : discard_hole(), x);
        else
            walk_expr(e, heap_hole(e), x);
    }
}

static bool walk_builtin(E *e, Hole k, Node *call) {
    Node *f = unparen(call->lhs);
    if (f->kind != EXPR_IDENT || !f->obj || f->obj->kind != OBJ_BUILTIN)
        return false;
    switch (f->obj->builtin) {
    case BUILTIN_NEW: {
        Loc *l = spill_expr(e, k, call, call, false, gc_pos(call));
        must_heap(e, l, underlying(call->ty)->elem->size > MAX_IMPLICIT_STACK);
        return true;
    }
    case BUILTIN_MAKE: walk_make(e, k, call); return true;
    case BUILTIN_APPEND: walk_append(e, k, call); return true;
    case BUILTIN_COPY: {
        Node *src = call->list.items[1];
        Type *st = underlying(src->ty);
        walk_expr(e, discard_hole(), call->list.items[0]);
        walk_expr(e, st->kind == TY_SLICE && has_pointers(st->elem) ? shift(heap_hole(e), 1) : discard_hole(), src);
        return true;
    }
    case BUILTIN_PANIC: walk_exprs(e, heap_hole(e), &call->list); return true;
    default: walk_exprs(e, discard_hole(), &call->list); return true;  // len, print, delete, ...
    }
}

// ---- Calls -------------------------------------------------------------------------------

static Type *param_type(Type *sig, int i) { return VEC_AT(&sig->params, i); }

// walk_args: the arguments of a call to c (after the receiver, at slot
// first); a variadic call's extra arguments fill a new slice ("... argument").
// arg_pos is where gc reports the box of a variable passed as argument i
// of call: at the call's `(`, or at that of the last argument before it
// that is a call gc inlines.
static Pos arg_pos(Node *call, int i) {
    Pos at = gc_pos(call);
    for (int j = 0; j < i; j++) {
        Node *a = call->list.items[j];
        if (a->kind == EXPR_CONV_IFACE)
            a = a->lhs;
        if (inlined_call(a))
            at = gc_pos(a);
    }
    return at;
}

// walk_arg walks argument i of call into k.
static void walk_arg(E *e, Hole k, Node *call, int i) {
    Node *arg = call->list.items[i];
    Pos at = arg_pos(call, i);
    if (arg->kind == EXPR_CONV_IFACE && unparen(arg->lhs)->kind == EXPR_IDENT)
        e->conv_at = &at;
    walk_expr(e, k, arg);
    e->conv_at = NULL;
}

static void walk_args(E *e, Node *call, Callee *c, int first, Hole *results, int nresults) {
    Type *sig = c->sig;
    int np = sig ? sig->params.len : 0;
    bool pack = sig && sig->variadic && !call->has_ellipsis;
    for (int i = 0; i < call->list.len; i++) {
        if (!sig || i >= np) {
            walk_arg(e, heap_hole(e), call, i);
            continue;
        }
        if (pack && i == np - 1)
            break;
        walk_arg(e, param_hole(e, c, first + i, param_type(sig, i), results, nresults), call, i);
    }
    if (!pack || call->list.len < np)
        return;
    Hole k = param_hole(e, c, first + np - 1, param_type(sig, np - 1), results, nresults);
    Loc *l = spill(e, k, call, "... argument", gc_pos(call));
    for (int i = np - 1; i < call->list.len; i++)
        walk_arg(e, hole_of(l), call, i);
}

void walk_call(E *e, Hole *results, int nresults, Node *call) {
    if (walk_builtin(e, nresults ? results[0] : discard_hole(), call))
        return;
    Callee c = callee_of(e, call);
    int first = 0;
    if (c.recv) {
        walk_receiver(e, c.fn ? param_hole(e, &c, 0, c.fn->recv, results, nresults) : heap_hole(e), &c);
        first = 1;
    }
    walk_args(e, call, &c, first, results, nresults);
    if (in_batch(e, &c)) {
        Fn *fn = batch_fn(e, &c);
        for (int r = 0; fn && r < nresults && r < fn->results.len; r++)
            flow(results[r], fn->results.items[r]);
    }
}

Loc **call_results(E *e, Node *call) {
    Loc **results = ptrmap_get(&e->b->call_results, call);
    if (results)
        return results;
    int n = call->ty && call->ty->kind == TY_TUPLE ? call->ty->results.len : 1;
    results = arena_alloc(sizeof(Loc *) * (size_t)n);
    Hole *holes = arena_alloc(sizeof(Hole) * (size_t)n);
    for (int i = 0; i < n; i++) {
        results[i] = new_loc(e, NULL, NULL);
        holes[i] = hole_of(results[i]);
    }
    ptrmap_put(&e->b->call_results, call, results);
    walk_call(e, holes, n, call);
    return results;
}

// walk_go_defer: go f(x) keeps everything it is given on the heap; a
// defer outside any loop runs before the function returns, so what it is
// given need only outlive the function's body: a location of its own
// (gc's "later" hole), kept in the frame unless it reaches the heap.
void walk_go_defer(E *e, Node *s) {
    Node *call = s->lhs;
    Node *f = unparen(call->lhs);
    bool later = s->kind == STMT_DEFER && e->loop_depth == 1;
    if (f->kind == EXPR_FUNC_LIT) {  // go/defer func(...) { ... }(...)
        Hole k = later ? hole_of(new_loc(e, NULL, NULL)) : heap_hole(e);
        Callee c = {.lit = walk_func_lit(e, k, f), .sig = underlying(f->ty)};
        if (later)
            walk_args(e, call, &c, 0, NULL, 0);
        else
            walk_exprs(e, heap_hole(e), &call->list);
        return;
    }
    if (later) {
        walk_call(e, NULL, 0, call);
        return;
    }
    Selection *sel = f->kind == EXPR_SELECTOR ? f->sel : NULL;
    if (sel && sel->kind == SEL_METHOD) {
        Callee c = callee_of(e, call);
        walk_receiver(e, heap_hole(e), &c);
    } else if (!(f->kind == EXPR_IDENT && f->obj && f->obj->kind == OBJ_FUNC)) {
        walk_expr(e, heap_hole(e), f);  // the function value: a closure's variables
    }
    walk_exprs(e, heap_hole(e), &call->list);
}
