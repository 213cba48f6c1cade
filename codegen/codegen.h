// codegen.h: code generation's contract. Typed program in, IR module out; the
// amd64 back end (codegen/amd64/amd64.h) then writes the IR as NASM.
#ifndef MGC_CODEGEN_H
#define MGC_CODEGEN_H

#include "../typecheck/typecheck.h"
#include "ir.h"

// add_implicit_conversions makes the conversions to interfaces that Go's
// assignability implies explicit (EXPR_CONV_IFACE nodes; implicit.c), as gc's
// type checker does. It runs first: the lowering sees them.
void add_implicit_conversions(Program *p);

// lower_program lowers every function of a program that check_program
// accepted, plus the package initializer `main.init` that the runtime calls
// before `main.main`. The checker rejects what mini-Go leaves out and what
// the lowering cannot hold ("... is not supported by mgc", typecheck/limits.c),
// so every checked program lowers; the one limit that needs a laid-out frame,
// gc's "stack frame too large", is reported here, through error_at.
IrModule *lower_program(Program *p, const char *source);

// eliminate_dead_code drops the functions and data that nothing reachable
// from the runtime's entry points names (deadcode.c; what gc's linker does).
void eliminate_dead_code(IrModule *m);

// dump_typedata writes the decoded type descriptors of every declared type and
// package variable's type (mgc dump -phase=typedata; typedata_dump.c).
void dump_typedata(Buf *out, Program *p, const char *source);

#endif
