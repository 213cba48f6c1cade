// escape.h: escape analysis's contract (= gc's cmd/compile/internal/escape).
//
// Input: the checked program, after the implicit interface conversions are
// explicit (codegen/implicit.c) and the inliner has found the call graph's
// strongly connected components (inline/cost.c, Program.batches).
//
// escape_analyze decides, for every allocation a function makes, whether it
// can live in the function's frame: local variables whose address is taken
// or that a closure captures, &T{}, new(T), the backing arrays of slice
// literals and of make with a constant size, closures, the boxes of
// interface conversions and the slices of variadic calls. It follows gc's
// model: a graph of locations (variables and allocations) whose edges say
// "the value of src, dereferenced n times, flows to dst" (n = -1: src's
// address flows); an allocation escapes when its address reaches a location
// that outlives it (the heap, a result, a variable declared outside the
// loop it is made in). Functions are analysed bottom-up, one component at a
// time, and each parameter gets a tag (EscLeaks): how many dereferences of
// its value reach the heap or each result, so a call to an analysed
// function is as precise as its body.
//
// Output: Node.stack_alloc and Object.stack_alloc (lowering builds those in
// frame slots; everything else stays on the heap, as before), Object.leaks,
// and with report set, gc's -m lines ("moved to heap: x", "&T{...} escapes
// to heap", "leaking param: p", "x does not escape", ...).
//
// -N does not run it: every allocation then goes to the heap, as before.
#ifndef MGC_ESCAPE_H
#define MGC_ESCAPE_H

#include "../common/common.h"
#include "../typecheck/typecheck.h"

enum { ESC_RESULTS = 7 };  // = gc's numEscResults: results a tag can name

// EscLeaks is a parameter's tag: the fewest dereferences of its value that
// reach the heap (heap) or result i (result[i]); -1: none.
typedef struct EscLeaks {
    int heap;
    int result[ESC_RESULTS];
} EscLeaks;

void escape_analyze(Program *p, Vec *report);

#endif
