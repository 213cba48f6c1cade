// internal.h: escape analysis's data-flow graph, shared by its files.
//
//   escape.c   the batches: which functions are analysed together, and when
//   graph.c    locations, holes and edges; the solver (gc's walkAll/walkOne)
//   stmt.c     statements: assignments, returns, loops, go and defer
//   expr.c     expressions: the holes values flow into
//   call.c     calls: arguments into parameters, by tag or directly
//   static.c   the values a variable always holds (closures, devirtualization)
//   report.c   the decisions: stack_alloc marks, tags, and -m's lines
#ifndef MGC_ESCAPE_INTERNAL_H
#define MGC_ESCAPE_INTERNAL_H

#include "escape.h"
#include "../parser/ast.h"

#include <stdlib.h>
#include <string.h>

typedef struct Loc Loc;
typedef struct Fn Fn;

// Edge: the value of src, dereferenced derefs times (-1: src's address),
// flows to the location that holds the edge.
typedef struct Edge {
    Loc *src;
    int derefs;
} Edge;

// Loc is a location: a variable, or a value some expression allocates.
struct Loc {
    Node *n;                // the allocation, or the variable's declaring name
    Object *var;            // a variable (parameter, result or local)
    Fn *fn;                 // the function it belongs to (NULL: the heap)
    int loop_depth;         // loops around its declaration (1: none)
    Vec edges;              // Edge*: what flows into it
    bool escapes;           // it must be on the heap
    bool is_param;
    int result;             // a result: its index; otherwise -1
    EscLeaks leaks;         // a parameter: where its value goes
    const char *what;       // -m: how gc names the allocation ("func literal"), or
    Node *named;            // the expression it is named after, printed when reported
    bool amp;               // (with a "&" before it: "&T{...}")
    Pos pos;                // -m: where gc reports it
    // The solver's state.
    int walkgen;
    int derefs;
    bool queued;
};

// Fn is a function being analysed: a declared one or a function literal.
struct Fn {
    Node *node;             // DECL_FUNC or EXPR_FUNC_LIT
    Object *obj;            // the declared function (NULL: a literal)
    Fn *outer;              // the function a literal is in
    Vec params;             // Loc*: receiver first, NULL for `_` or unnamed
    Vec results;            // Loc*: one per result
};

// Hole: where a value flows: into dst, dereferenced derefs times (-1: its
// address). A NULL dst discards the value.
typedef struct Hole {
    Loc *dst;
    int derefs;
} Hole;

// Batch: the functions analysed together (one strongly connected component
// of the call graph, with their function literals).
typedef struct Batch {
    Vec fns;                // Fn*
    Vec locs;               // Loc*: every location of the batch
    Loc heap;               // the heap: outlives everything
    PtrMap fn_of;           // Object* (a declared function) or Node* (a literal) -> its Fn
    PtrMap call_results;    // Node* (a multi-value call walked) -> Loc**, its results
    int walkgen;
    Vec *report;
} Batch;

// E: the walk of one function's body.
typedef struct E {
    Batch *b;
    Fn *fn;
    int loop_depth;
    Vec *gotos;             // const char*: the labels some goto targets
    Pos *conv_at;           // -m: where an assignment's interface conversion is reported
} E;

// From the lowering, which shares these facts.
bool is_direct_iface(Type *t);        // codegen/typedata.c: an interface holds the value itself
Vec closure_captures(Node *lit);      // codegen/escape.c: the variables lit captures

// graph.c
Loc *new_loc(E *e, Node *n, Object *var);
Loc *var_loc(E *e, Object *o);        // a local's location (NULL: a global)
Hole hole_of(Loc *l);                 // its value flows into l
Hole heap_hole(E *e);
Hole discard_hole(void);
Hole shift(Hole k, int derefs);       // k.deref (+1) and k.addr (-1)
void flow(Hole k, Loc *src);
Loc *spill(E *e, Hole k, Node *n, const char *what, Pos pos);  // a new allocation at k.addr
Loc *spill_expr(E *e, Hole k, Node *n, Node *named, bool amp, Pos pos);  // one named after an expression
void solve(Batch *b);

// stmt.c
void begin_fn(Batch *b, Fn *fn);      // its parameter and result locations
void walk_body(Batch *b, Fn *fn);
void walk_stmt(E *e, Node *s);

// expr.c
void walk_expr(E *e, Hole k, Node *n);
void walk_exprs(E *e, Hole k, NodeList *l);
Hole addr_hole(E *e, Node *lhs);      // the hole of an assignment's destination
void addr_of(E *e, Hole k, Node *x);  // &x flows to k
bool has_pointers(Type *t);
Fn *walk_func_lit(E *e, Hole k, Node *lit);
Pos box_pos(Node *x);                 // -m: where gc reports the box of x

// call.c
void walk_call(E *e, Hole *results, int nresults, Node *call);
Loc **call_results(E *e, Node *call); // a multi-value call's results, walked once
void walk_go_defer(E *e, Node *s);

// static.c
void find_static_values(Node *body); // Object.esc_value, esc_reassigned
Node *static_value(Node *n);          // what n always holds, or n itself

// report.c
void finish(Batch *b);
void note_devirtualized(E *e, Node *call, Node *sel, Type *t);  // -m: "devirtualizing x.M to T"
bool inlined_call(Node *n);           // a call gc and mgc inline (its result prints as ~R0)
const char *esc_name(Node *n);        // an expression as gc's -m prints it
Pos gc_pos(Node *n);                  // where gc's syntax tree puts n

#endif
