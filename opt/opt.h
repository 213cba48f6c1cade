// opt.h: the optimizer's contract. IR in, IR out, with the same meaning.
//
// The optimizer sits between lowering (codegen/*.c) and the amd64 back end
// (codegen/amd64/), as gc's ssa/ sits between walk and the amd64 rules:
//
//   lower_program ──▶ IrModule ──opt_module──▶ IrModule ──amd64_emit_module──▶ NASM
//
// It receives the IR of codegen/ir.h (virtual registers that may be assigned
// more than once, no phis) and returns IR of the same form: every pass that
// works on SSA form runs between the pipeline's "ssa" and "unssa" passes,
// which build and leave it. `mgc -N` skips the optimizer entirely (gc's
// -gcflags=-N), so the back end then sees exactly what lowering wrote.
//
// The passes and their order are listed in one place, opt/pipeline.c.
#ifndef MGC_OPT_H
#define MGC_OPT_H

#include "../codegen/ir.h"

typedef struct OptOptions {
    Buf *trace;         // non-NULL: each function is written here after every pass
                        // (`mgc dump -phase=ssa`, like gc's GOSSAFUNC)
    const char *func;   // with trace: only the function of this symbol (NULL: all)
    bool no_inline;     // -l: no inlining (gc's -gcflags=-l)
    Vec *report;        // -m: the inliner's decisions are added here (InlReport*)
} OptOptions;

// opt_module optimizes every function of m in place.
void opt_module(IrModule *m, const OptOptions *o);

#endif
