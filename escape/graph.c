// graph.c: the data-flow graph of locations, and its solver (= gc's
// escape/graph.go and solve.go).
//
// A statement like `p = &x` adds the edge p <- x with derefs -1; `y = *p`
// adds y <- p with derefs 1; `q = p` adds q <- p with derefs 0. The solver
// starts from every location (the root) and finds, by a shortest-path walk
// over the incoming edges, how few dereferences separate each location's
// value from the root's:
//
//     for each root (the heap first, then every location):
//         for each l reached, with derefs d (the fewest):
//             if root outlives l:
//                 if l is a parameter: l leaks to root with d (its tag)
//                 if d < 0 and l has not escaped:   (l's address reaches root)
//                     l escapes; walk again from l, now a heap location
//             follow l's edges (derefs d, or 0 past an address)
#include "internal.h"

static Loc *alloc_loc(Batch *b, Fn *fn, int loop_depth) {
    Loc *l = NEW(Loc);
    l->fn = fn;
    l->loop_depth = loop_depth;
    l->result = -1;
    l->leaks.heap = -1;
    for (int i = 0; i < ESC_RESULTS; i++)
        l->leaks.result[i] = -1;
    vec_push(&b->locs, l);
    return l;
}

// new_loc makes the location of an allocation n, or of the variable var.
Loc *new_loc(E *e, Node *n, Object *var) {
    Loc *l = alloc_loc(e->b, e->fn, e->loop_depth);
    l->n = n;
    l->var = var;
    if (var)
        var->esc_loc = l;
    return l;
}

// var_loc is the location of the local variable o. A variable first seen
// here (declared by a statement the walk does not model, such as a type
// switch's) is made at the current depth.
Loc *var_loc(E *e, Object *o) {
    if (!o || o->kind != OBJ_VAR || o->is_global || !o->name || strcmp(o->name, "_") == 0)
        return NULL;
    if (!o->esc_loc)
        new_loc(e, o->decl, o);
    return o->esc_loc;
}

Hole hole_of(Loc *l) { return (Hole){l, 0}; }
Hole heap_hole(E *e) { return (Hole){&e->b->heap, 0}; }
Hole discard_hole(void) { return (Hole){NULL, 0}; }

Hole shift(Hole k, int derefs) {
    k.derefs += derefs;
    if (k.derefs < -1)
        k.derefs = -1;  // &&x is not Go; a composite address of an address stays one
    return k;
}

void flow(Hole k, Loc *src) {
    if (!k.dst || !src || (k.dst == src && k.derefs >= 0))
        return;
    Edge *edge = NEW(Edge);
    edge->src = src;
    edge->derefs = k.derefs;
    vec_push(&k.dst->edges, edge);
}

// spill makes the location of the allocation n, whose address flows to k.
Loc *spill(E *e, Hole k, Node *n, const char *what, Pos pos) {
    Loc *l = new_loc(e, n, NULL);
    l->what = what;
    l->pos = pos;
    flow(shift(k, -1), l);
    return l;
}

// spill_expr is spill for an allocation -m names after the expression
// named (printed when reported, after the walk has seen every call in it).
Loc *spill_expr(E *e, Hole k, Node *n, Node *named, bool amp, Pos pos) {
    Loc *l = spill(e, k, n, NULL, pos);
    l->named = named;
    l->amp = amp;
    return l;
}

// contains_closure: c is a function literal inside f (gc's containsClosure).
static bool contains_closure(Fn *f, Fn *c) {
    if (f == c)
        return false;
    for (Fn *x = c; x; x = x->outer)
        if (x == f)
            return true;
    return false;
}

// outlives: l's value lives longer than other (gc's outlives): the heap
// and results outlive everything; a variable outlives what is allocated in
// a loop inside its scope, or in a closure inside its function.
static bool outlives(Loc *l, Loc *other) {
    if (l->escapes)
        return true;
    if (l->result >= 0)
        return true;  // callers may keep results anywhere
    if (l->fn == other->fn && l->loop_depth < other->loop_depth)
        return true;
    return contains_closure(l->fn, other->fn);
}

// leak_to records that parameter l's value reaches sink after derefs
// dereferences (gc's leakTo): a result of its own function, or the heap.
static void leak_to(Loc *l, Loc *sink, int derefs) {
    if (!sink->escapes && sink->result >= 0 && sink->fn == l->fn && sink->result < ESC_RESULTS) {
        int *r = &l->leaks.result[sink->result];
        if (*r < 0 || derefs < *r)
            *r = derefs;
        return;
    }
    if (l->leaks.heap < 0 || derefs < l->leaks.heap)
        l->leaks.heap = derefs;
}

static void walk_one(Batch *b, Loc *root, Vec *todo) {
    int gen = ++b->walkgen;
    root->walkgen = gen;
    root->derefs = 0;
    Vec work = {0};
    vec_push(&work, root);
    while (work.len) {
        Loc *l = work.items[--work.len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of)
            derefs = 0;  // root = &l ; l = x: x's value reaches root, not its address
        if (outlives(root, l)) {
            if (l->is_param)
                leak_to(l, root, derefs);
            if (address_of && !l->escapes) {
                l->escapes = true;
                if (!l->queued) {
                    l->queued = true;
                    vec_push(todo, l);
                }
                continue;
            }
        }
        for (int i = 0; i < l->edges.len; i++) {
            Edge *edge = l->edges.items[i];
            if (edge->src->escapes)
                continue;
            int d = derefs + edge->derefs;
            if (edge->src->walkgen != gen || edge->src->derefs > d) {
                edge->src->walkgen = gen;
                edge->src->derefs = d;
                vec_push(&work, edge->src);
            }
        }
    }
}

// solve walks from every root until no location escapes anew.
void solve(Batch *b) {
    Vec todo = {0};
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = b->locs.items[i];
        l->queued = true;
        vec_push(&todo, l);
    }
    b->heap.queued = true;
    vec_push(&todo, &b->heap);  // last in, so walked first
    while (todo.len) {
        Loc *root = todo.items[--todo.len];
        root->queued = false;
        walk_one(b, root, &todo);
    }
}
