// pipeline.c: the optimizer's passes, in the order they run (= gc's
// ssa/compile.go passes list, QBE's main.c). Each pass is one file of opt/
// and one function IrFunc -> IrFunc, in place.
#include "internal.h"
#include "../inline/inline.h"

#include <string.h>

typedef struct Pass {
    const char *name;          // as `mgc dump -phase=ssa` titles it
    void (*run)(IrFunc *f);
} Pass;

static const Pass passes[] = {
    {"prune", ir_prune_unreachable},   // drop blocks no path from the entry reaches
    {"ssa", opt_ssa},                  // ssa.c: one assignment per register, phis
    {"copyprop", opt_copyprop},        // copyprop.c: reads of a copy read its source
    {"sccp", opt_sccp},                // sccp.c: constants, constant branches, x+0
    {"copyprop", opt_copyprop},
    {"cse", opt_cse},                  // cse.c: one computation of each pure value
    {"nilcheck", opt_nilcheck},        // nilcheck.c: nil checks that cannot fail
    {"storeload", opt_storeload},      // storeload.c: loads of what a slot was just given
    {"copyprop", opt_copyprop},
    {"sccp", opt_sccp},                // again: forwarded stores may be constants
    {"copyprop", opt_copyprop},
    {"cse", opt_cse},
    {"prove", opt_prove},              // prove.c: bounds checks that cannot fail
    {"dce", opt_dce},                  // dce.c: drop what nothing needs
    {"unssa", opt_unssa},              // unssa.c: phis become copies on the edges
    {"branch", opt_branch},            // branch.c: jump threading, merging, layout
};

enum { NPASSES = sizeof passes / sizeof passes[0] };

static bool traced(const IrFunc *f, const OptOptions *o) {
    return o->trace && (!o->func || strcmp(o->func, f->name) == 0);
}

static void trace(const OptOptions *o, const char *after, const IrFunc *f) {
    buf_printf(o->trace, "---- %s: after %s\n", f->name, after);
    ir_dump_func(o->trace, f);
}

// opt_func runs every pass over f, tracing each result when asked.
static void opt_func(IrFunc *f, const OptOptions *o, const char *first) {
    bool t = traced(f, o);
    if (t)
        trace(o, first, f);
    for (int i = 0; i < NPASSES; i++) {
        passes[i].run(f);
        if (t)
            trace(o, passes[i].name, f);
    }
}

// opt_module first splices inlinable callees into their callers, across the
// whole module (inline/inlcall.c), then optimizes each function on its own.
void opt_module(IrModule *m, const OptOptions *o) {
    if (!o->no_inline) {
        for (int i = 0; o->trace && i < m->funcs.len; i++)
            if (traced(VEC_AT(&m->funcs, i), o))
                trace(o, "lower", VEC_AT(&m->funcs, i));
        inl_module(m, o->report);
    }
    for (int i = 0; i < m->funcs.len; i++)
        opt_func(VEC_AT(&m->funcs, i), o, o->no_inline ? "lower" : "inline");
}
