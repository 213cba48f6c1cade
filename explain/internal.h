// internal.h: what the files of explain/ share (explain.h is the contract).
#ifndef MGC_EXPLAIN_INTERNAL_H
#define MGC_EXPLAIN_INTERNAL_H

#include "explain.h"

// ---- json.c: the page's data is one JSON document ----------------------------

// json_str writes s as a JSON string. `<`, `>` and `&` are written as \u003c,
// \u003e, \u0026, so the document can sit in a <script> block whatever the
// source holds (a `</script>` in a Go string cannot end it).
void json_str(Buf *b, const char *s);
void json_strn(Buf *b, const char *s, size_t n);

// The writers below put the comma between members and elements themselves:
// json_next before an element, json_key before a member ("key":).
void json_next(Buf *b);
void json_key(Buf *b, const char *key);
void json_field(Buf *b, const char *key, const char *value);   // "key":"value" or null
void json_int(Buf *b, const char *key, long long value);
void json_bool(Buf *b, const char *key, bool value);

// ---- asm.c: the assembly, split into functions and rows ------------------------

// An AsmRow is one line of a function's assembly. kind: 'i' instruction,
// 'l' label, 's' statement comment, 'n' lowering note, 'h' header comment.
// line/file: the Go line the row belongs to (the last %line before it).
typedef struct AsmRow {
    char kind;
    int file;           // index in ExplainInput.files, -1 unknown
    int line;           // 0 unknown
    const char *text;   // the instruction (mnemonic and operands), label or comment
    const char *ir;     // 'i': the IR instruction it came from, when it starts one
} AsmRow;

typedef struct AsmFunc {
    const char *sym;    // the NASM symbol of its label
    Vec rows;           // AsmRow*
} AsmFunc;

// asm_split returns the AsmFunc* of the text's functions, in order.
Vec asm_split(const char *text, const Vec *files);

// ---- descriptors.c: type descriptors and itabs, decoded -----------------------

// descriptors_json writes the array of every type descriptor and itab of m,
// each as titled groups of fields (offset, size, name, value, target symbol).
void descriptors_json(Buf *b, const IrModule *m);

// ---- gc.c: go1.19's own assembly -----------------------------------------------

typedef struct GcFunc {
    const char *name;   // gc's symbol: main.Rect.Area, main.(*Square).Area
    Vec rows;           // GcRow*
} GcFunc;

typedef struct GcRow {
    const char *file;   // the base name of its Go file (another one when inlined)
    int line;           // the Go line gc gives the instruction
    const char *text;   // "IMULQ BX, AX"
} GcRow;

// gc_assembly runs `go build -gcflags=-S` on copies of the files in a
// temporary directory. It returns the GcFunc* list, or sets *why and returns
// an empty list when it could not.
Vec gc_assembly(const Vec *files, bool optimize, const char **why, const char **version);

#endif
