// pipeline.c: the optimizer's passes, in the order they run (= gc's
// ssa/compile.go passes list, QBE's main.c). Each pass is one file of opt/
// and one function IrFunc -> IrFunc, in place.
#include "opt.h"

#include <string.h>

typedef struct Pass {
    const char *name;          // as `mgc dump -phase=ssa` titles it
    void (*run)(IrFunc *f);
} Pass;

static const Pass passes[] = {
    {"prune", ir_prune_unreachable},   // drop blocks no path from the entry reaches
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
static void opt_func(IrFunc *f, const OptOptions *o) {
    bool t = traced(f, o);
    if (t)
        trace(o, "lower", f);
    for (int i = 0; i < NPASSES; i++) {
        passes[i].run(f);
        if (t)
            trace(o, passes[i].name, f);
    }
}

void opt_module(IrModule *m, const OptOptions *o) {
    for (int i = 0; i < m->funcs.len; i++)
        opt_func(VEC_AT(&m->funcs, i), o);
}
