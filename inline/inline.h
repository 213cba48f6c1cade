// inline.h: the inliner's contract (= gc's cmd/compile/internal/inline).
//
// Inlining works in two halves, as gc's does:
//
//   1. Deciding (inline/cost.c), on the typed AST, after the checker: which
//      functions can be inlined. Each function body is costed as gc's
//      hairyVisitor costs it (one unit per node, 57 more for a call that is not
//      itself inlined, the callee's cost for one that is), bottom-up over the
//      call graph, and a function is inlinable when its cost is at most gc's
//      budget of 80 and it holds nothing gc refuses to inline (recover, defer,
//      go, select, local type declarations) and is not directly recursive.
//      The decision is recorded in the function's Object (inl_cost) and
//      lowering carries it into its IrFunc.
//
//   2. Splicing (inline/inlcall.c), on the IR, before the optimizer: every
//      static call to an inlinable function becomes a copy of the callee's
//      body: arguments are copied into the copy's parameters, each return
//      copies its words into the call's results and jumps past the call. The
//      callees are spliced first (bottom-up), so a function inlined into its
//      caller arrives with its own callees inlined (mid-stack inlining).
//
// `mgc build -m` prints both halves' decisions in gc's words ("can inline F",
// "inlining call to F"); `-l` turns inlining off, as gc's -gcflags=-l does;
// `-N` skips the whole optimizer and so inlining too.
#ifndef MGC_INLINE_H
#define MGC_INLINE_H

#include "../codegen/ir.h"
#include "../typecheck/typecheck.h"

enum {
    INLINE_MAX_BUDGET = 80,         // = gc's inlineMaxBudget
    INLINE_BIG_FUNCTION = 5000,     // = gc's inlineBigFunctionNodes: a caller this big
    INLINE_BIG_MAX_COST = 20,       // only gets callees this cheap (inlineBigFunctionMaxCost)
};

// inl_analyze decides which functions of p can be inlined (Object.can_inline,
// Object.inl_cost). With report set, "can inline F" is added to it for each
// function of package main that can be.
void inl_analyze(Program *p, Vec *report);

// inl_module splices the inlinable callees of m's functions into their
// callers. With report set, "inlining call to F" is added to it for each call
// of package main that was inlined.
void inl_module(IrModule *m, Vec *report);

// A line of -m output, kept with its position so the lines can be printed in
// gc's order (by position within each phase).
typedef struct InlReport {
    Pos pos;
    const char *text;
} InlReport;

// inl_display_name is how gc's -m names a function symbol: without the
// package for package main ("add", "Point.Add", "(*Point).Scale",
// "main.func1"), with it for the library ("fmt.Println").
const char *inl_display_name(const char *sym);

#endif
