// amd64.h: the back end's contract. IR in, NASM text out.
//
// amd64_emit_module writes a complete NASM source for `nasm -f elf64`: sections,
// externs, every function (System V calling convention, frame pointers; values
// in registers, or under -N each virtual register in its own stack slot), every
// data symbol, and the
// `.note.GNU-stack` section. All assembly text goes through the emit layer in
// codegen/amd64/emit.c; no other file writes assembly.
#ifndef MGC_AMD64_H
#define MGC_AMD64_H

#include "../ir.h"

typedef enum Annotate {
    ANNOTATE_NONE,   // instructions only (plus function headers)
    ANNOTATE_LINES,  // a "; file.go:LINE  statement" comment before each statement (default)
    ANNOTATE_LOWER,  // also the lowering notes (IR_COMMENT) and the IR of each instruction
} Annotate;

typedef struct AsmOptions {
    Annotate annotate;
    bool debug_lines;   // emit NASM %line directives (Go lines for the listing and explain)
    bool dwarf;         // -g: write DWARF into debug sections: the line table, every
                        // function, its variables and their types (dwarf.c)
    bool optimize;      // allocate registers (off under -N: every virtual register
                        // in its own stack slot, like gc -N)
    bool pcln;          // emit runtime.pclntab, the pc-line table of tracebacks
                        // (codegen/amd64/pcln.c; `mgc build` always does)
    bool bare;          // no comments and no blank lines: the text `mgc build`
                        // assembles, which only nasm reads (a fifth less work for it)
} AsmOptions;

void amd64_emit_module(Buf *out, const IrModule *m, const AsmOptions *opt);

// amd64_emit_parts writes m as NASM files (const char*) that assemble apart
// and link, in order, into the program amd64_emit_module's file makes: as
// many as m's size and `jobs` processors call for; one under -g.
Vec amd64_emit_parts(const IrModule *m, const AsmOptions *opt, int jobs);

// amd64_dump_pcln prints the pc-line table amd64_emit_module would write for m
// (mgc dump -phase=pcln): per function, each line's label and statement.
void amd64_dump_pcln(Buf *out, const IrModule *m, const AsmOptions *opt);

// asm_symbol returns the NASM spelling of a Go symbol name (mangled only as far
// as NASM requires; see docs/ABI.md).
const char *asm_symbol(const char *goname);

#endif
