// internal.h: what the files of codegen/amd64/ share with each other. The
// folder's contract with the rest of mgc is amd64.h; nothing outside this
// folder includes this file.
//
//   emit.c    the emit layer: the only code that writes assembly text
//   symbol.c  asm_symbol: Go symbol names -> NASM identifiers
//   abi.c     where each parameter and result word lives (System V AMD64)
//   location.c the amd64 registers, where a virtual register lives (Loc), moves
//   liveness.c live ranges of virtual registers over a numbering of the instructions
//   regalloc.c which register (or stack slot, or immediate) each virtual register gets
//   parmove.c the parallel moves at calls and in the prologue
//   frame.c   the stack frame: saved registers, spill slots, IR slots, call areas
//   pcln.c    the pc-line table the runtime's traceback reads
//   isel.c    instruction selection: one IR instruction -> a few amd64 instructions
//   branch.c  ... for branches, and compares fused with the branch that uses them
//   divconst.c ... for division and remainder by a constant (multiply by a magic number)
//   float.c   ... for float operations and conversions (SSE2)
//   call.c    ... for the prologue, calls and returns
//   irnote.c  the one-line IR text shown by -annotate=lower
//   module.c  amd64_emit_module: sections, externs, functions, data
//   dwarf.c   -g: the line table and each function's variable locations, the
//             debug sections; dwarf_info.c the compile unit's entries
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
    Vec fconsts;          // the float constants used (emit.c FloatConst), in first use order
    StrMap fconst_seen;   // ... by label
    const char *scope;    // the last non-local label: NASM's prefix of a `.local` label
    struct Dwarf *dwarf;  // -g: what dwarf.c collects while the functions are written
    struct PclnFunc *pcfunc;  // pcln.c: the line table of the function being written
    const InlSite *inl;   // the inlined call of the instruction being written (NULL: none)
    Vec pcfuncs;          // ... and of every function written (PclnFunc*)
    Vec pcfiles;          // ... the file names they use (const char*)
    Buf pcln_rodata;      // ... their line tables and names, and
    Buf pcln_records;     // ... their records, written after the last function
    StrMap large_data;    // data of LARGE_DATA bytes or more (module.c), by name
    bool split;           // one of several files (amd64_emit_parts): all data is global
} Emitter;

// Zero-filled data this large (package variables) goes in a section of its
// own, mgc_lbss, which the linker places at 8 GB (driver/tools.c), and is
// addressed with 64-bit absolute addresses (`mov r, sym`), as in the medium
// code model. The rest of the program's code and data then stays within the
// 2 GB that `[rel sym]` reaches, however large the package variables are (up
// to gc's 2,000,000,000 bytes each). The collector skips the variables
// without pointers, which runtime.largenoptr lists.
enum { LARGE_DATA = 16 << 20 };
bool is_large_data(const IrData *d);   // module.c

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

// ---- pcln.c ---------------------------------------------------------------------
//
// runtime.pclntab, the pc -> (function, file, line) table of the traceback
// (only when opt->pcln; docs/ABI.md).

void pcln_func_begin(Emitter *e, const IrFunc *f);             // after the function's label
void pcln_stmt(Emitter *e, Pos pos, const char *text);         // a statement starts here
void pcln_func_end(Emitter *e);                                // after its .end label
void pcln_emit_tables(Emitter *e);                             // after the last function
void pcln_dump(Buf *out, const Emitter *e);                    // mgc dump -phase=pcln

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
// call_preserves_registers: a runtime helper that keeps every register
// (runtime/defer.c's wrapperprologue), so values stay in caller-saved
// registers across the call.
bool call_preserves_registers(const IrInstr *in);

// ---- location.c -----------------------------------------------------------------

// The amd64 registers, in encoding order; xmm0..xmm15 follow the integer ones.
typedef enum Reg {
    NO_REG = -1,
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15,
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15,
    NREGS
} Reg;

// Where a virtual register lives for the whole function (mgc never splits a
// live range): a register, a stack slot, or nowhere at all because every use
// reads an immediate (a folded IR_CONST) or nothing reads it.
typedef enum LocKind { LOC_NONE, LOC_REG, LOC_MEM, LOC_IMM } LocKind;

typedef struct Loc {
    LocKind kind;
    Reg reg;            // LOC_REG
    const char *mem;    // LOC_MEM: "[rbp-24]", "[rsp+8]", "[rbp+16]"
    int64_t imm;        // LOC_IMM: fits in a sign-extended 32-bit immediate
} Loc;

Loc loc_reg(Reg r);
Loc loc_mem(const char *addr);
Loc loc_imm(int64_t imm);
const char *reg_name(Reg r, int width);     // width 1, 2, 4, 8 ("bl", "ebx"); xmm: any
Reg reg_named(const char *name);            // "rdi" -> RDI (ABI tables use names)
bool reg_is_float(Reg r);
bool reg_callee_saved(Reg r);               // rbx, r12-r15 (System V)
bool fits_imm32(int64_t v);

// ---- liveness.c -----------------------------------------------------------------
//
// Instructions are numbered in layout order, 1, 2, ... (0 is the prologue, where
// parameters are defined). Instruction k reads its operands at position 3k,
// clobbers the caller-saved registers at 3k+1 if it is a call, and writes its
// results at 3k+2, so a value that dies in an instruction and one born in it
// can share a register, and a value live across a call covers its 3k+1.

typedef struct Range { int from, to; } Range;   // positions, inclusive

typedef struct LiveRanges {
    Range *r;
    int n, cap;
} LiveRanges;

typedef struct Liveness {
    int npos;              // positions 0 .. npos-1
    int ninstrs;           // instructions numbered (1..ninstrs)
    LiveRanges *ranges;    // per vreg (1..nvregs): where it is live
    int *block_first;      // per block index: number of its first instruction
    int *block_len;        // ... and how many of its instructions are emitted
    int *loop_depth;       // per block index: loops (from back edges) around it
    Vec calls;             // call positions 3k+1, as (intptr_t)
} Liveness;

Liveness *liveness(const IrFunc *f);
int block_emitted_len(const IrBlock *b);   // up to and including a noreturn call
int instr_operand_max(const IrInstr *in);                 // room instr_uses/defs need
int instr_uses(const IrInstr *in, VReg *out, int max);   // operand vregs read
int instr_defs(const IrInstr *in, VReg *out, int max);   // vregs written

// ---- regalloc.c -----------------------------------------------------------------

typedef struct Alloc {
    Loc *locs;             // per vreg (1..nvregs); LOC_MEM's address is set by frame.c
    bool *fused;           // per instruction number: a compare fused with its branch
    int nsaved;            // callee-saved registers used, saved in the prologue
    Reg saved[5];
} Alloc;

Alloc *regalloc(const IrFunc *f);      // optimized: registers, immediates, fusion
Alloc *alloc_stack(const IrFunc *f);   // -N: every vreg in its own slot

// ---- frame.c --------------------------------------------------------------------

// A frame this large is checked against the stack's limit on entry (call.c
// check_stack); smaller ones cannot step over the goroutine stacks' guard
// (runtime/proc.c guardsize).
enum { BIG_FRAME = 32 << 10 };

typedef struct Frame {
    int size;            // bytes reserved below rbp (a multiple of 16)
    int nvregs;
    int *vreg_offset;    // a spilled vreg v lives at [rbp - vreg_offset[v]]; 0: no slot
    int *saved_offset;   // Alloc.saved[i] is saved at [rbp - saved_offset[i]]
    int *slot_offset;    // IR slot i lives at [rbp - slot_offset[i]]
    int sret_offset;     // the hidden result pointer is saved at [rbp - sret_offset]; 0: none
    int result_offset;   // >2-word call results are received at [rbp - result_offset]; 0: none
    int outgoing_words;  // stack-argument words at [rsp + 8k]
} Frame;

Frame *frame_layout(const IrFunc *f, Alloc *al);    // also sets al's LOC_MEM addresses
const char *frame_vreg(const Frame *fr, VReg v);    // "[rbp-24]"
const char *frame_describe(const IrFunc *f, const Frame *fr, const Alloc *al);

// ---- isel.c, float.c, call.c: instruction selection --------------------------------
//
// Each vreg has one Loc for the whole function (regalloc.c). Scratch registers
// are never allocated: rax, rcx, rdx (division, shifts, compare results, moves
// between two stack slots), r10, r11 (closure context and code pointer of
// indirect calls), xmm0, xmm1. With every vreg in its slot (-N) the selectors
// produce gc -N's load-compute-store sequences.

typedef struct FuncGen {
    Emitter *e;
    const IrFunc *f;
    const Frame *fr;
    const Alloc *al;
    bool opt;                   // AsmOptions.optimize
    int index;                  // number of the instruction being selected
    const IrInstr *fused_cmp;   // a compare waiting for its branch (branch.c)
    const CallLayout *self;     // this function's own parameter and result words
    const IrBlock *next_block;  // the block laid out after the current one
    int nlabels;                // numbers internal labels: .Ldiv3.done
} FuncGen;

void isel_func(Emitter *e, const IrFunc *f);
const char *block_label(const IrBlock *b);          // ".L3.for.cond"
const char *local_label(FuncGen *g, const char *what);  // ".Ldiv3", unique in the function
const char *vslot(FuncGen *g, VReg v);              // "[rbp-24]"
const char *mem(const char *base, int64_t disp);    // "[rsp+8]", "[rax]"
// address: a load's or store's memory operand, "[rdi+rsi*8+16]", with base
// and index loaded into the scratch registers given when they are spilled.
const char *address(FuncGen *g, const IrInstr *in, Reg base_scratch, Reg idx_scratch);

Loc vloc(FuncGen *g, VReg v);                       // location.c
Reg vreg_reg(FuncGen *g, VReg v);                   // its register, or NO_REG
bool vreg_imm(FuncGen *g, VReg v, int64_t *imm);    // a folded constant?
const char *operand(FuncGen *g, VReg v);            // "rbx", "[rbp-24]", "42"
const char *sized_operand(FuncGen *g, VReg v, int width);  // "qword [rbp-24]" for memory
void emit_move(FuncGen *g, Loc dst, Loc src, const char *comment);  // via rax if mem<-mem
void emit_move_via(FuncGen *g, Loc dst, Loc src, const char *comment, Reg scratch);
Reg use_reg(FuncGen *g, VReg v, Reg scratch);       // v's register, or v loaded into scratch
Reg def_reg(FuncGen *g, VReg v, Reg scratch);       // where to compute v: its register or scratch
void store_result(FuncGen *g, VReg v, Reg r);       // v = r (nothing if v lives in r)
bool sel_divide_const(FuncGen *g, const IrInstr *in, int64_t d, Reg *result);  // divconst.c
void load_float(FuncGen *g, Reg r, VReg v, bool is32);   // movss/movsd from a slot
void store_float(FuncGen *g, VReg v, Reg r, bool is32);
void set_const(FuncGen *g, VReg v, int64_t imm);    // v = imm, any 64-bit value

// parmove.c: dst[i] = src[i] for all i at once (registers and memory; each
// dst register distinct); a cycle of registers goes through rax.
typedef struct Move { Loc dst, src; const char *comment; } Move;
void emit_parallel_move(FuncGen *g, Move *moves, int n);

void sel_cmp_fused(FuncGen *g, const IrInstr *in);   // branch.c
void sel_branch(FuncGen *g, const IrInstr *in);
void sel_jmp(FuncGen *g, const IrInstr *in);
void jump_on(FuncGen *g, const IrInstr *br, const char *jtrue, const char *jfalse);
Cond compare_ints(FuncGen *g, const IrInstr *in);    // cmp/test; the condition to test
const char *setcc(Cond c, bool sign);

void sel_fconst(FuncGen *g, const IrInstr *in);     // float.c
void sel_float_binary(FuncGen *g, const IrInstr *in);
void sel_fneg(FuncGen *g, const IrInstr *in);
void sel_fsqrt(FuncGen *g, const IrInstr *in);
void sel_fcmp(FuncGen *g, const IrInstr *in);
void sel_itof(FuncGen *g, const IrInstr *in);
void sel_ftoi(FuncGen *g, const IrInstr *in);
void sel_ftof(FuncGen *g, const IrInstr *in);

void sel_fbranch(FuncGen *g, const IrInstr *cmp, const IrInstr *br);
void sel_fcompare(FuncGen *g, const IrInstr *in);   // ucomisd with swapped LT/LE

void sel_prologue(FuncGen *g);                      // call.c
void sel_call(FuncGen *g, const IrInstr *in);
void sel_ret(FuncGen *g, const IrInstr *in);

// emit.c: float constants in read-only data, emitted once per module
const char *emit_float_const(Emitter *e, double v, bool is32);   // "[rel f64.3ff0...]"
const char *emit_sign_mask(Emitter *e, bool is32);               // "[rel f64.signmask]"
void emit_float_consts(Emitter *e);

// ---- dwarf.c, dwarf_info.c: debugging information (-g) ----------------------------
//
// dwarf.c collects, while the functions are written, the line table's rows (a
// label at each statement) and each function's variables with their frame
// locations; dwarf_emit then writes .debug_abbrev, .debug_info and .debug_line
// (dwarf_info.c writes the DIEs).

void dwarf_begin(Emitter *e, const IrModule *m);    // no-op unless opt->dwarf
void dwarf_func(Emitter *e, const IrFunc *f, const Frame *fr, const Alloc *al);
void dwarf_line(Emitter *e, Pos pos);               // a row here: `.LlineN:`
void dwarf_emit(Emitter *e);                         // the debug sections

// DwBuf is the bytes of one debug section, with the words the assembler fills
// in (addresses of code, offsets into the other sections).
typedef struct DwFixup { int offset, width; const char *expr; } DwFixup;
typedef struct DwBuf { Buf bytes; Vec fixups; } DwBuf;
void dw_u8(DwBuf *d, int v);
void dw_u16(DwBuf *d, int v);
void dw_u32(DwBuf *d, uint32_t v);
void dw_uleb(DwBuf *d, uint64_t v);
void dw_sleb(DwBuf *d, int64_t v);
void dw_str(DwBuf *d, const char *s);
void dw_expr(DwBuf *d, int width, const char *expr);   // `dq expr` / `dd expr`
void dw_patch32(DwBuf *d, int offset, uint32_t v);
int dw_len(const DwBuf *d);

typedef struct DwVar { const IrVar *v; DwBuf loc; bool has_loc; } DwVar;
typedef struct DwFunc { const IrFunc *f; const char *sym; Vec vars; } DwFunc;  // DwVar*
void dwarf_write_abbrevs(DwBuf *d);
void dwarf_write_info(DwBuf *d, Vec *funcs, const char *name, const char *dir,
                      const char *low, const char *high);

// ---- irnote.c, symbol.c ---------------------------------------------------------

bool symbol_escaped(const char *goname);            // asm_symbol had to escape bytes
const char *comment_name(const char *goname);       // the name, cut as asm_symbol cuts it

#endif
