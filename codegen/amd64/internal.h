// internal.h: what the files of codegen/amd64/ share with each other. The
// folder's contract with the rest of mgc is amd64.h; nothing outside this
// folder includes this file.
//
//   emit.c    the emit layer: the only code that writes assembly text
//   symbol.c  asm_symbol: Go symbol names -> NASM identifiers
//   abi.c     where each parameter and result word lives (System V AMD64)
//   frame.c   the stack frame: one slot per virtual register, IR slots, call areas
//   isel.c    instruction selection: one IR instruction -> a few amd64 instructions
//   float.c   ... for float operations and conversions (SSE2)
//   call.c    ... for the prologue, calls and returns
//   irnote.c  the one-line IR text shown by -annotate=lower
//   module.c  amd64_emit_module: sections, externs, functions, data
#ifndef MGC_AMD64_INTERNAL_H
#define MGC_AMD64_INTERNAL_H

#include "amd64.h"

// ---- emit.c ---------------------------------------------------------------------

typedef struct Emitter {
    Buf *out;
    const AsmOptions *opt;
    const char *ir_note;  // -annotate=lower: IR text for the next instruction's comment
    const char *line_file;// -g: the last Pos.file seen by %line ...
    const char *line_path;// ... and the absolute path written for it
} Emitter;

// Instructions and directives: 8 spaces, the mnemonic padded to a fixed width,
// the operands (printf-formatted), then an optional comment at a fixed column.
void emit_ins(Emitter *e, const char *mnem, const char *opfmt, ...)
    __attribute__((format(printf, 3, 4)));
void emit_insc(Emitter *e, const char *comment, const char *mnem, const char *opfmt, ...)
    __attribute__((format(printf, 4, 5)));

void emit_bare(Emitter *e, const char *comment, const char *mnem);  // leave, ret, cqo
void emit_label(Emitter *e, const char *label);               // column 0
void emit_note(Emitter *e, const char *fmt, ...)              // indented "; ..." line
    __attribute__((format(printf, 2, 3)));
void emit_blank(Emitter *e);
void emit_set_ir_note(Emitter *e, const char *irtext);        // for the next instruction
void emit_stmt(Emitter *e, Pos pos, const char *text);        // "; file.go:LINE  text" + %line
void emit_line_directive(Emitter *e, Pos pos);                // -g only
void emit_func_header(Emitter *e, const IrFunc *f, const char *frame_desc);
void emit_func_end(Emitter *e);                               // the .end label
void emit_module_header(Emitter *e, const IrModule *m);
void emit_data_header(Emitter *e, const IrData *d);
void emit_bytes(Emitter *e, const uint8_t *bytes, int offset, int n);
void emit_reloc(Emitter *e, const IrReloc *r);

// ---- abi.c ----------------------------------------------------------------------

// Where one word of a parameter or result lives at the call boundary.
typedef struct WordLoc {
    RegClass cls;
    const char *reg;   // "rdi", "xmm0", ...; NULL when on the stack / in memory
    int stack_index;   // params: word k at [rsp + 8k] at the call;
                       // sret results: word k at [hidden + 8k]
} WordLoc;

typedef struct CallLayout {
    int nargs;          // parameter words
    WordLoc *args;
    int stack_words;    // parameter words passed on the stack
    int nresults;       // result words
    WordLoc *results;
    bool sret;          // more than 2 result words: hidden pointer in rdi, back in rax
} CallLayout;

CallLayout *abi_layout(const IrSig *sig);

// ---- frame.c --------------------------------------------------------------------

typedef struct Frame {
    int size;            // bytes reserved below rbp (a multiple of 16)
    int nvregs;
    int *slot_offset;    // IR slot i lives at [rbp - slot_offset[i]]
    int sret_offset;     // the hidden result pointer is saved at [rbp - sret_offset]; 0: none
    int result_offset;   // >2-word call results are received at [rbp - result_offset]; 0: none
    int outgoing_words;  // stack-argument words at [rsp + 8k]
} Frame;

Frame *frame_layout(const IrFunc *f);
const char *frame_vreg(const Frame *fr, VReg v);    // "[rbp-24]"
const char *frame_describe(const IrFunc *f, const Frame *fr);

// ---- isel.c, float.c, call.c: instruction selection --------------------------------
//
// Scratch registers are caller-saved only (rax, rcx, rdx, r11, xmm0, xmm1 and
// the argument registers at calls), so no callee-saved register is ever touched.

typedef struct FuncGen {
    Emitter *e;
    const IrFunc *f;
    const Frame *fr;
    const CallLayout *self;     // this function's own parameter and result words
    const IrBlock *next_block;  // the block laid out after the current one
    int nlabels;                // numbers internal labels: .Ldiv3.done
} FuncGen;

void isel_func(Emitter *e, const IrFunc *f);
const char *block_label(const IrBlock *b);          // ".L3.for.cond"
const char *local_label(FuncGen *g, const char *what);  // ".Ldiv3", unique in the function
const char *vslot(FuncGen *g, VReg v);              // "[rbp-24]"
const char *mem(const char *base, int64_t disp);    // "[rsp+8]", "[rax]"

void sel_fconst(FuncGen *g, const IrInstr *in);     // float.c
void sel_float_binary(FuncGen *g, const IrInstr *in);
void sel_fneg(FuncGen *g, const IrInstr *in);
void sel_fcmp(FuncGen *g, const IrInstr *in);
void sel_itof(FuncGen *g, const IrInstr *in);
void sel_ftoi(FuncGen *g, const IrInstr *in);
void sel_ftof(FuncGen *g, const IrInstr *in);

void sel_prologue(FuncGen *g);                      // call.c
void sel_call(FuncGen *g, const IrInstr *in);
void sel_ret(FuncGen *g, const IrInstr *in);

// ---- irnote.c, symbol.c ---------------------------------------------------------

bool symbol_escaped(const char *goname);            // asm_symbol had to escape bytes

#endif
