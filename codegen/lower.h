// lower.h: the internals shared by the lowering files of codegen/ (one file per
// construct, like gc's walk/). Nothing outside codegen/ includes this.
#ifndef MGC_LOWER_H
#define MGC_LOWER_H

#include "codegen.h"

// Value is a Go value split into machine words, each in a virtual register:
// 1 word for ints, bools and pointers; 2 for strings (ptr, len).
enum { MAX_WORDS = 16 };  // support.c rejects results of more words
typedef struct Value {
    int n;
    VReg w[MAX_WORDS];
} Value;

// Loop is an enclosing for or switch statement: where break and continue go.
typedef struct Loop {
    struct Loop *outer;
    IrBlock *brk;
    IrBlock *cont;      // a switch passes on its loop's continue target
    const char *label;  // the statement's label, or NULL
} Loop;

typedef struct Gen {
    Program *prog;
    IrModule *m;
    IrFunc *f;          // the function being lowered
    IrBlock *b;         // the block being appended to
    Type *func_type;
    Vec locals;         // Value*: locals and params of f, by Object.index
    Value results;      // named results' registers (n == 0 without names)
    Loop *loop;
    const char *next_label;  // the label of the for/switch being lowered next
    Vec label_names;    // const char*: the function's labels ...
    Vec label_blocks;   // IrBlock*: ... and the blocks they name (goto targets)
    Vec strings;        // const char* contents of go.string.N, for deduplication
    Vec string_lens;
    struct TypeData *typedata;  // the descriptors emitted so far (typedata.c)
} Gen;

// ---- Emitting instructions (lower.c) ----
IrInstr *emit(Gen *g, IrOp op);
VReg emit_const(Gen *g, int64_t v);
VReg emit_binop(Gen *g, IrOp op, VReg a, VReg b);
VReg emit_cmp(Gen *g, Cond cond, VReg a, VReg b, bool sign);
void emit_jmp(Gen *g, IrBlock *target);
void emit_branch(Gen *g, VReg cond, IrBlock *then, IrBlock *els);
void start_block(Gen *g, IrBlock *b);
IrBlock *new_block(Gen *g, const char *label);
Value emit_call(Gen *g, const char *sym, const IrSig *sig, Value *args, int nargs, int nresult_words);
void emit_noreturn_call(Gen *g, const char *sym, const IrSig *sig, Value *args, int nargs);
VReg new_vreg(Gen *g);

// ---- Types as words ----
int type_words(Type *t);
IrParam type_param(Type *t);
const IrSig *sig_of(Type *fn);
const IrSig *runtime_sig(int nparams_words, const int *param_words, int nresult_words);

// ---- Lowering by construct ----
Value gen_expr(Gen *g, Node *e);                    // expr.c
Value gen_const(Gen *g, ConstValue *c);             // expr.c
VReg gen_string_data(Gen *g, const char *s, size_t len);  // expr.c
Value gen_call(Gen *g, Node *call);                 // call.c
Value gen_string_concat(Gen *g, Node *e);           // string.c
VReg gen_string_compare(Gen *g, Op op, Value a, Value b);  // string.c
VReg gen_compare_values(Gen *g, Op op, Type *t, Value x, Value y);  // arith.c
void gen_switch(Gen *g, Node *s);                   // switch.c
const char *take_label(Gen *g);                     // stmt.c
void gen_print(Gen *g, Node *call, bool newline);   // print.c
void gen_stmt(Gen *g, Node *s);                     // stmt.c
void gen_block(Gen *g, Node *block);                // stmt.c
Value *local_value(Gen *g, Object *o);              // stmt.c
void gen_store_var(Gen *g, Object *o, Value v);     // stmt.c
Value gen_load_global(Gen *g, Object *o);           // stmt.c
void split_values(Value all, Type **types, int n, Value *out);  // stmt.c

const char *func_symbol(Gen *g, Node *fn);

// ---- Type descriptors and type algorithms (docs/LOWERING.md, "Type descriptors") ----
// typedata_symbol emits type.<T> (once, with all it refers to) and returns its
// symbol: "type.int", "type.*main.Rect", "type.map[string]int".
const char *typedata_symbol(Gen *g, Type *t);               // typedata.c
// typedata_finish fills the weak ptrToThis words (*T emitted after T); call it
// once after all lowering.
void typedata_finish(Gen *g);                               // typedata.c
void typedata_dump(Buf *out, Gen *g, Program *p);           // typedata_dump.c
const char *type_link_string(Type *t);                      // typestring.c
const char *type_name_string(Type *t);                      // typestring.c
uint32_t type_hash(Type *t);                                // typestring.c
bool is_exported_name(const char *name);                    // typestring.c
void sha256(const void *data, size_t len, uint8_t out[32]); // sha256.c

// AlgKind: how == and the map hash treat a type (= gc's types.AlgKind).
typedef enum AlgKind {
    ALG_NOEQ,       // not comparable: slices, maps, funcs, and what contains them
    ALG_MEM,        // plain memory of any size (memequal_varlen / memhash_varlen)
    ALG_MEM0, ALG_MEM8, ALG_MEM16, ALG_MEM32, ALG_MEM64, ALG_MEM128,
    ALG_STRING, ALG_INTER, ALG_NILINTER, ALG_FLOAT32, ALG_FLOAT64,
    ALG_SPECIAL,    // a struct or array compared field by field: type..eq.T
} AlgKind;
AlgKind alg_kind(Type *t);                                  // alg.c
bool is_regular_memory(Type *t);                            // alg.c
const char *alg_equal_closure(Gen *g, Type *t);             // alg.c: NULL if incomparable
const char *alg_hash_closure(Gen *g, Type *t);              // alg.c

#endif
