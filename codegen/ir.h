// ir.h: mgc's intermediate representation, between lowering and the back end.
//
// Lowering (codegen/*.c) turns the typed AST into this IR; the amd64 back end
// (codegen/amd64/) turns it into NASM text. The IR is deliberately small:
//
//   - a module is functions plus data symbols;
//   - a function is basic blocks of instructions over virtual registers;
//   - every virtual register holds one 64-bit machine word of one class, integer
//     (ints, bools, pointers) or float (float32/float64 in an SSE register);
//   - every multi-word Go value (string, slice, interface, struct) has already
//     been split into words; memory is reached only by explicit loads and stores;
//   - every runtime call is an explicit IR_CALL (`v7 = call runtime.convT64(v6)`).
//
// Integer operations work on all 64 bits. Lowering keeps narrower values
// canonical (sign- or zero-extended to 64 bits) with IR_EXT after operations that
// can overflow the narrow width, so wrap-around matches Go.
#ifndef MGC_IR_H
#define MGC_IR_H

#include "../common/common.h"

typedef enum RegClass { CLASS_INT, CLASS_FLOAT } RegClass;

// A virtual register number. 0 is "no register"; real ones start at 1.
typedef int VReg;

typedef enum IrOp {
    // ---- Values ----
    IR_CONST,        // dst = imm                                  (CLASS_INT)
    IR_FCONST,       // dst = fimm; is32 rounds to float32          (CLASS_FLOAT)
    IR_ADDR,         // dst = &sym + imm        (a data symbol or function)
    IR_FRAME_ADDR,   // dst = &frame slot `slot` + imm (address-taken locals, temporaries)
    IR_MOV,          // dst = a                 (same class)
    IR_PHI,          // dst = args[i] when control came from preds[i] (SSA form only:
                     //   opt/ builds and removes them; the back end never sees one)
    IR_LOAD,         // dst = *(width*)(a + imm), extended per `sign`; width 1,2,4,8
                     //   (CLASS_FLOAT dst: width 4 loads a float32, 8 a float64)
    IR_STORE,        // *(width*)(a + imm) = b  (low `width` bytes of b)
                     //   Both may also have an index: the address is then
                     //   a + idx*scale + imm (set only by opt/addrmode.c)

    // ---- Integer arithmetic on 64-bit words ----
    IR_ADD, IR_SUB, IR_MUL,          // dst = a op b (wrapping)
    IR_DIV, IR_REM,                  // signed if `sign`, else unsigned. b != 0 is
                                     // guaranteed by lowering; signed b == -1 must not
                                     // trap: a / -1 = -a (wrapping), a % -1 = 0
    IR_AND, IR_OR, IR_XOR,
    IR_SHL, IR_SHR, IR_SAR,          // count b is unsigned; count >= 64 gives 0 (SHL,
                                     // SHR) or the sign fill (SAR), as Go requires
    IR_NEG, IR_NOT,                  // dst = -a, dst = ^a
    IR_EXT,                          // dst = a extended from `width` bytes (1, 2, 4),
                                     // sign- or zero- per `sign`

    // ---- Comparisons: dst = (a cond b) as 0/1 (CLASS_INT) ----
    IR_CMP,                          // cond; integer operands
    IR_FCMP,                         // cond; float operands (NaN: only NE is true)

    // ---- Float arithmetic (is32 for float32) ----
    IR_FADD, IR_FSUB, IR_FMUL, IR_FDIV, IR_FNEG,
    IR_FSQRT,        // dst = the square root of a, correctly rounded (opt/intrinsic.c:
                     //   math.Sqrt); a negative a gives NaN
    IR_ITOF,         // dst(float) = a(int), signed if `sign`; is32 gives float32
    IR_FTOI,         // dst(int) = a(float) truncated toward zero; is32 says a is float32.
                     //   sign, width 8: to int64 (out of range or NaN: 1<<63);
                     //   sign, width 4: to int32 (else 1<<31), sign-extended;
                     //   !sign (width 8): to uint64 as gc does it (codegen/floatconv.c)
    IR_FTOF,         // float32 <-> float64: is32 is the destination's width

    // ---- Calls ----
    IR_CALL,         // results = sym(args...)      static call by symbol name
    IR_CALL_IND,     // results = (*a)(args...)     call through a code pointer; b, if
                     // set, is the closure context (the funcval) passed in r10

    // ---- Control ----
    IR_JMP,          // goto target
    IR_BRANCH,       // if a != 0 goto target else goto target2
    IR_RET,          // return args...   (the function's result words)

    // ---- Annotations (no code) ----
    IR_STMT,         // a source statement starts here: pos, text (emitted as a comment,
                     // and as a %line directive under -g)
    IR_COMMENT,      // text: a lowering note shown in the assembly (-annotate=lower)
} IrOp;

typedef enum Cond { COND_EQ, COND_NE, COND_LT, COND_LE, COND_GT, COND_GE } Cond;
// Integer comparisons are signed if `sign` is set, else unsigned.

// ir_eval_cond is what IR_CMP computes for two known words (the optimizer's
// folding and the back end's compare of two immediates).
bool ir_eval_cond(Cond c, bool sign, int64_t a, int64_t b);

// ---- Signatures and the calling convention --------------------------------------
//
// A Go parameter or result is one or more words. The back end assigns them to
// registers or stack slots following the System V AMD64 rules for the equivalent
// C struct (docs/ABI.md): a parameter of at most 2 words goes in registers when
// enough remain (integer words in rdi, rsi, rdx, rcx, r8, r9; float words in
// xmm0-xmm7), else on the stack; a parameter of more than 2 words always goes on
// the stack. All results together form one struct: at most 2 words come back in
// rax/rdx and xmm0/xmm1 by class, in order; more are written through a hidden
// pointer passed in rdi.

typedef struct IrParam {
    int nwords;
    RegClass *classes;   // nwords entries
} IrParam;

typedef struct IrSig {
    int nparams;
    IrParam *params;
    int nresults;
    IrParam *results;
} IrSig;

int irsig_param_words(const IrSig *sig);   // total words over all params
int irsig_result_words(const IrSig *sig);  // total words over all results

// ---- Instructions, blocks, functions -------------------------------------------

typedef struct IrBlock IrBlock;

// InlSite is one inlined call (inline/inlcall.c): the code copied from func
// for a call at call_line of its parent (the inlined call it is inside, or
// NULL: the function itself). Tracebacks print a frame for each, as gc does
// for its inlining tree (runtime/traceback.c).
typedef struct InlSite {
    const char *func;               // the inlined function's symbol: "main.at"
    const char *file;               // its source file
    int call_line;                  // the line of the call, in the parent's code
    Pos call_pos;                   // the call's `(` (where -m reports what was inlined)
    const struct InlSite *parent;
} InlSite;

typedef struct IrInstr {
    IrOp op;
    VReg dst;
    VReg a, b;
    int64_t imm;
    double fimm;
    struct IrInstr *mem;  // IR_ADD..IR_XOR, IR_FADD..IR_FDIV: the second operand is
                        // what this load (no longer in any block) reads, instead of
                        // b (set only by opt/loadop.c: amd64's `add r, [m]`)
    VReg idx;           // IR_LOAD/STORE: the index register of the address, or 0
    int scale;          // ... and its factor: 1, 2, 4 or 8
    int width;          // IR_LOAD/STORE/EXT/FTOI: bytes
    bool sign;          // signedness for DIV/REM/EXT/LOAD/CMP/ITOF/FTOI
    bool is32;          // float32 flavour of float ops
    Cond cond;
    int slot;           // IR_FRAME_ADDR
    const char *sym;    // IR_ADDR, IR_CALL
    IrBlock *target, *target2;

    // IR_CALL / IR_CALL_IND / IR_RET operands, one VReg per word.
    const IrSig *sig;   // calls: the callee's signature
    VReg *args;
    int nargs;
    VReg *results;      // calls: destination registers for the result words
    int nresults;
    bool noreturn;      // calls: the callee never returns (runtime panics); the
                        // call then terminates its block
    IrBlock **preds;    // IR_PHI: args[i] flows in from preds[i] (nargs entries, one
                        // per predecessor of the phi's block, in opt/'s pred order)

    uint64_t noescape_args;  // IR_CALL: bit i set when the callee keeps nothing of argument
                        // word i's pointer (escape/'s tag for its parameter)
    int alloc_size;     // IR_CALL of runtime.newobject or convT*: the bytes it allocates,
                        // which opt/stackalloc.c may move into the frame
    const InlSite *inl; // the inlined call whose copy this is (NULL: the function's own)
    Pos pos;            // source position (IR_STMT; IR_CALL of a Go function: its `(`;
                        // 0 elsewhere is fine)
    const char *text;   // IR_STMT: the statement's source text; IR_COMMENT: the note;
                        // an allocation (alloc_size, or IR_FRAME_ADDR): how -m names it
} IrInstr;

struct IrBlock {
    int id;             // unique in the function, in creation order
    const char *label;  // what the block is for ("for.cond", "if.else", "divide.fail")
    Vec instrs;         // IrInstr*
};

typedef struct IrSlot {
    int size;
    int align;
    const char *name;   // the Go variable it holds, or a note ("tmp"), for comments
} IrSlot;

// ---- Debug information (-g) ------------------------------------------------------
//
// What gdb needs to show Go values: the Go types of the variables, as DWARF
// describes them (codegen/dwarf_types.c builds them from the checker's types,
// named as gc names them), and each function's named variables with the
// registers that hold them (codegen/var.c records them). The back end turns
// both into DWARF (codegen/amd64/dwarf.c).

typedef enum IrDbgKind {
    DBG_BASE,        // int, bool, float64, uint8 ...: size and DW_ATE encoding
    DBG_POINTER,     // *T (elem T), or a bare address (elem NULL): unsafe.Pointer, maps, funcs
    DBG_STRUCT,      // fields; also string {str, len}, []T {array, len, cap}, runtime.iface
    DBG_ARRAY,       // [count]elem
    DBG_TYPEDEF,     // a name for elem: interface types name runtime.iface or runtime.eface
} IrDbgKind;

typedef struct IrDbgType IrDbgType;

typedef struct IrDbgField {
    const char *name;
    int64_t offset;
    IrDbgType *type;
} IrDbgField;

struct IrDbgType {
    IrDbgKind kind;
    const char *name;   // gc's name: "main.Rect", "[]int", "*main.Rect", "runtime.itab"
    int64_t size;
    int encoding;       // DBG_BASE: DW_ATE_boolean, DW_ATE_signed, ...
    IrDbgType *elem;    // DBG_POINTER, DBG_ARRAY, DBG_TYPEDEF
    int64_t count;      // DBG_ARRAY
    Vec fields;         // DBG_STRUCT: IrDbgField*
};

typedef enum IrVarKind { VAR_LOCAL, VAR_PARAM, VAR_RESULT } IrVarKind;

// IrVar is a named Go variable of a function and where its value is: in
// registers, one per word (words[k] holds bytes [offset_k, offset_k+widths[k])
// of the value, in order), or in memory at the address register addr holds.
typedef struct IrVar {
    const char *name;
    IrVarKind kind;
    Pos pos;
    IrDbgType *type;
    bool in_memory;
    VReg addr;          // in_memory
    int nwords;         // !in_memory
    VReg *words;
    int *widths;
} IrVar;

typedef struct IrFunc {
    const char *name;   // the symbol, Go's name: "main.main", "main.fib", "main.(*T).M"
    const char *goname; // human-readable, for comments
    Pos pos;
    const IrSig *sig;
    VReg *params;       // one per parameter word, defined on entry
    int nparams;
    Vec blocks;         // IrBlock*; blocks[0] is the entry
    int nvregs;         // VRegs are 1..nvregs
    RegClass *classes;  // class of each VReg (index 1..nvregs)
    Vec slots;          // IrSlot*: frame objects addressed with IR_FRAME_ADDR
    VReg context;       // a closure body: receives the closure context (r10) on entry
    bool is_exported;   // a global symbol (every function is, for gdb and the runtime)
    bool can_inline;    // inline/: calls to it may be replaced by its body
    bool is_closure;    // the body of a function literal
    int inl_cost;       // inline/: its cost as gc's inliner counts it
    bool inl_big;       // inline/: a big function: only callees of cost <= 20 go in
    int inl_state;      // inline/inlcall.c: 0 unvisited, 1 being inlined into, 2 done
    Vec inlined;        // inline/inlcall.c: const char* symbols of the calls spliced into
                        // it, outer before inner (the order -m reports them in)
    Vec vars;           // IrVar*: its named parameters, results and locals, for -g
    bool is_wrapper;    // gc's WRAPPER (a method or defer wrapper): tracebacks hide
                        // its frame unless it panics itself (runtime/traceback.c)
    bool autogenerated; // no source of its own (a method wrapper): tracebacks say
                        // <autogenerated>:1, as gc's do
} IrFunc;

// ---- Data symbols ----------------------------------------------------------------

typedef struct IrReloc {
    int offset;         // where in the data the address goes
    const char *sym;    // the symbol whose address is stored there
    int64_t addend;
    int width;          // 8 (`dq`, R_X86_64_64) or 4 (`dd`, R_X86_64_32: an absolute
                        // address in 32 bits, fine because programs link -no-pie)
} IrReloc;

typedef struct IrData {
    const char *name;   // symbol
    const char *comment;// the Go name or a description, for the listing
    int size;
    int align;
    bool readonly;      // .rodata; else .data (or .bss when bytes is NULL)
    uint8_t *bytes;     // size bytes, or NULL for zero-filled (.bss)
    Vec relocs;         // IrReloc*
    bool global;        // visible to the runtime (e.g. main..inittask)
    bool noptr;         // holds no pointers: the collector need not scan it
} IrData;

typedef struct IrModule {
    const char *source;  // main source file, for the listing header
    Vec funcs;           // IrFunc*
    Vec data;            // IrData*
    Vec externs;         // const char*: runtime symbols referenced
    StrMap func_index;   // name -> IrFunc*, for ir_find_func
    StrMap data_index;   // name -> IrData*, for ir_find_data
    StrMap extern_index; // name -> the name, for ir_add_extern's deduplication
} IrModule;

// ---- Building -------------------------------------------------------------------

IrModule *ir_new_module(const char *source);
IrFunc *ir_new_func(IrModule *m, const char *name, const IrSig *sig, Pos pos);
IrBlock *ir_new_block(IrFunc *f, const char *label);
VReg ir_new_vreg(IrFunc *f, RegClass cls);
int ir_new_slot(IrFunc *f, int size, int align, const char *name);
IrInstr *ir_append(IrBlock *b, IrOp op);
IrData *ir_new_data(IrModule *m, const char *name, int size, int align, bool readonly);
void ir_data_reloc(IrData *d, int offset, const char *sym, int64_t addend);
void ir_data_reloc32(IrData *d, int offset, const char *sym, int64_t addend);
void ir_add_extern(IrModule *m, const char *sym);  // deduplicated
IrData *ir_find_data(IrModule *m, const char *name);  // NULL if not defined yet
IrFunc *ir_find_func(IrModule *m, const char *name);  // NULL if not defined yet

// Terminators: a block ends with IR_JMP, IR_BRANCH or IR_RET (or a call to a
// runtime function that does not return, followed by nothing).
bool ir_block_terminated(const IrBlock *b);

// ir_prune_unreachable removes the blocks no path from the entry reaches (the
// code after a return, break or panic), renumbering the rest in order.
void ir_prune_unreachable(IrFunc *f);

// ir_dump writes the readable form shown by `mgc dump -phase=lower`.
void ir_dump(Buf *out, const IrModule *m);
void ir_dump_func(Buf *out, const IrFunc *f);   // one function of it

const char *ir_op_name(IrOp op);
const char *ir_block_name(const IrBlock *b);     // "b3.for.cond"
void ir_format_instr(Buf *out, const IrInstr *in);  // "v7 = add v5, v6" (one line, no newline)

#endif
