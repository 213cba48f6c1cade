// escape.c: escape analysis's driver (= gc's escape.Funcs and Batch): the
// functions of each strongly connected component of the call graph are
// analysed together, callees' components first, so each call is to a
// function in the same batch (arguments flow straight into its parameters)
// or to one already tagged.
//
//     for each batch, bottom-up:
//         make each function's parameter and result locations
//         walk each body (stmt.c, expr.c, call.c), building the graph
//         solve it (graph.c)
//         record the decisions and tags, report them (report.c)
#include "internal.h"

static void analyze_batch(Vec *members, Vec *report) {
    Batch *b = NEW(Batch);
    b->heap.escapes = true;
    b->heap.result = -1;
    b->report = report;
    Vec fns = {0};
    for (int i = 0; i < members->len; i++) {
        Object *obj = members->items[i];
        find_static_values(obj->decl->body);  // static.c
        Fn *fn = NEW(Fn);
        fn->node = obj->decl;
        fn->obj = obj;
        vec_push(&fns, fn);
        begin_fn(b, fn);
    }
    for (int i = 0; i < fns.len; i++)
        walk_body(b, fns.items[i]);
    solve(b);
    finish(b);
}

void escape_analyze(Program *p, Vec *report) {
    PtrSet done = {0};
    for (int i = 0; i < p->batches.len; i++) {
        Vec *members = p->batches.items[i];
        for (int j = 0; j < members->len; j++)
            ptrset_add(&done, members->items[j]);
        analyze_batch(members, report);
    }
    for (int i = 0; i < p->funcs.len; i++) {  // init functions, outside the call graph
        Node *decl = p->funcs.items[i];
        if (!decl->body || !decl->obj || !ptrset_add(&done, decl->obj))
            continue;
        Vec one = {0};
        vec_push(&one, decl->obj);
        analyze_batch(&one, report);
    }
}
