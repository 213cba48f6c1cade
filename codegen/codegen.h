// codegen.h: code generation's contract. Typed program in, IR module out; the
// amd64 back end (codegen/amd64/amd64.h) then writes the IR as NASM.
#ifndef MGC_CODEGEN_H
#define MGC_CODEGEN_H

#include "../typecheck/typecheck.h"
#include "ir.h"

// lower_program lowers every function of a type-checked program, plus the
// package initializer `main.init` that the runtime calls before `main.main`.
// Constructs not yet supported have been rejected by the checker.
IrModule *lower_program(Program *p, const char *source);

#endif
