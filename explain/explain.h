// explain.h: `mgc explain`, the lowering of one program as a page to look at.
//
// The driver runs every phase once and hands over what each one produced; this
// folder turns that into one self-contained HTML file (inline CSS and JS, no
// network) with, per function:
//
//   source ◀──same colour per Go line──▶ assembly (annotate=lower)  [▶ gc's assembly]
//   phases: tokens · AST · types · IR after lowering · after each opt pass · asm
//
// and the type descriptors and itabs of the module drawn from their real bytes
// and relocations (descriptors.c), linked to the code their words point at.
//
//   explain.c      gathers the data into one JSON document (model below)
//   asm.c          splits the NASM text into functions and rows, each row with
//                  its Go line (from the %line directives of -g)
//   descriptors.c  decodes _type, uncommontype, interfacetype and itab bytes
//   gc.c           runs go1.19's `go build -gcflags=-S` for the gc column
//   json.c         the JSON writer (every string escaped for a <script> block)
//   page.css, page.js  the page itself, compiled in as C strings by the Makefile
//
// The page renders the JSON with textContent only, so nothing from the source
// is ever parsed as HTML.
#ifndef MGC_EXPLAIN_H
#define MGC_EXPLAIN_H

#include "../codegen/ir.h"
#include "../common/common.h"
#include "../parser/ast.h"

// ExplainFile is one source file and the file-wide phases.
typedef struct ExplainFile {
    const char *path;
    const char *text;
    const char *tokens;   // mgc dump -phase=tokens
    const char *ast;      // mgc dump -phase=ast
    const char *types;    // mgc dump -phase=types (this file's part)
    Vec func_ranges;      // ExplainRange*: each top-level func's lines
} ExplainFile;

typedef struct ExplainRange {
    int first, last;      // lines of a func declaration, `func` to its `}`
} ExplainRange;

typedef struct ExplainInput {
    Vec files;            // ExplainFile*
    const IrModule *m;    // the module the assembly was made from
    const char *trace;    // the optimizer's trace (`---- SYM: after PASS` blocks);
                          // under -N, NULL: each function's IR is then m's own
    const char *asm_text; // amd64_emit_module with annotate=lower and debug_lines
    bool optimize;        // false under -N
    bool gc;              // -gc: add go1.19's assembly
} ExplainInput;

// explain_file keeps a parsed file's text, tokens, syntax tree and the lines
// of its functions; call it before the checker (which annotates the tree).
ExplainFile *explain_file(const char *path, const char *text, size_t len, Node *file);

// explain_file_types adds the checked file's types (mgc dump -phase=types).
void explain_file_types(ExplainFile *f, Node *file);

// explain_write_page writes the whole HTML page for `in` to out.
void explain_write_page(Buf *out, const ExplainInput *in);

#endif
