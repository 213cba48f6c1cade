// lower.h: the internals shared by the lowering files of codegen/ (one file per
// construct, like gc's walk/). Nothing outside codegen/ includes this.
#ifndef MGC_LOWER_H
#define MGC_LOWER_H

#include "codegen.h"

// Value is a Go value split into machine words, each in a virtual register:
// 1 word for ints, bools, floats, pointers, maps and funcs; 2 for strings (ptr,
// len) and interfaces; 3 for slices (ptr, len, cap). A struct or array value
// is 1 word: the address of a private copy in memory (memory.c). The results
// of a multi-value call are one Value holding each result's words in turn.
enum { MAX_WORDS = MAX_RESULT_WORDS };  // the checker rejects more result words (limits.c)
typedef struct Value {
    int n;
    VReg w[MAX_WORDS];
} Value;

// Leaf is one scalar word of a value in memory (memory.c type_leaves).
typedef struct Leaf {
    int64_t offset;
    int width;          // bytes: 1, 2, 4 or 8
    bool sign;          // sign-extend when loading
    RegClass cls;
} Leaf;

// Home is where a local variable lives: in registers, or in memory (a frame
// slot, or a heap cell when its address is taken or a closure captures it).
typedef struct Home {
    bool in_memory;
    Value regs;         // !in_memory: the registers holding its words
    VReg addr;          // in_memory: the register holding its address
} Home;

// Loop is an enclosing for or switch statement: where break and continue go.
typedef struct Loop {
    struct Loop *outer;
    IrBlock *brk;
    IrBlock *cont;      // a switch passes on its loop's continue target
    const char *label;  // the statement's label, or NULL
} Loop;

// GenShared is the module-wide state of the lowering, shared by the Gen of
// every function being lowered (closure bodies and wrappers are lowered while
// their enclosing function is suspended).
typedef struct GenShared {
    Vec strings;        // const char* contents of go.string.N, for deduplication
    Vec string_lens;
    StrMap string_index; // "LEN:HASH" of a string's bytes -> its index + 1 in strings
    struct TypeData *typedata;  // the descriptors emitted so far (typedata.c)
    Vec wanted_methods; // WantedMethod*: method symbols descriptors refer to (method.c)
    StrMap dbg_types;   // IrDbgType* by link string, for -g (dwarf_types.c)
} GenShared;

typedef struct Gen {
    Program *prog;
    IrModule *m;
    IrFunc *f;          // the function being lowered
    IrBlock *b;         // the block being appended to
    Type *func_type;
    const char *func_name;  // the symbol of f, for naming its closures
    int nclosures;      // function literals lowered in f so far (f.funcN)
    int nlits;          // function literals directly in f's body (count_func_lits) ...
    int ndeferwraps;    // ... after which its defer wrappers are numbered (defer.c)
    Pos pos;            // the statement being lowered: every instruction's position
    bool in_closure;    // f is a function literal's body
    Vec locals;         // Home*: locals and params of f, by Object.index
    Vec results;        // Object*: the named results (empty without names)
    Loop *loop;
    const char *next_label;  // the label of the for/switch being lowered next
    Vec label_names;    // const char*: the function's labels ...
    Vec label_blocks;   // IrBlock*: ... and the blocks they name (goto targets)
    struct GenShared *shared;  // what every function of the module adds to
    struct DeferFrame *defers; // defer.c: f has defer statements (its return path)
    IrInstr *last_call; // the call gen_go_call emitted last
    struct Presets *presets;   // order.c: operands already evaluated, which gen_expr
                               // returns as they are (calls hoisted by gen_ordered;
                               // a deferred call's operands in its defer wrapper)
} Gen;

// Presets maps expression nodes to their already computed values (order.c).
typedef struct Presets {
    Vec nodes;          // Node*
    Vec values;         // Value*
} Presets;
bool preset_value(Gen *g, Node *e, Value *out);
void add_preset(Presets *ps, Node *e, Value v);
Value gen_ordered(Gen *g, Node *e);                 // gen_expr after gc's order pass
void hoist_calls(Gen *g, Node *e);                  // order.c
void drop_presets(Gen *g, int mark);                // order.c
int preset_mark(Gen *g);                            // order.c

// ---- Emitting instructions (lower.c) ----
IrInstr *emit(Gen *g, IrOp op);
VReg emit_const(Gen *g, int64_t v);
VReg emit_binop(Gen *g, IrOp op, VReg a, VReg b);
VReg emit_cmp(Gen *g, Cond cond, VReg a, VReg b, bool sign);
void emit_increment(Gen *g, VReg v, int64_t by);
void emit_mov(Gen *g, VReg dst, VReg src);
void emit_set_const(Gen *g, VReg dst, int64_t v);
VReg emit_copy(Gen *g, VReg src);           // src in a fresh register
Value copy_value(Gen *g, Value v);          // every word in a fresh register
void move_value(Gen *g, Value dst, Value src);
void lower_note(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));  // -annotate=lower
void emit_jmp(Gen *g, IrBlock *target);
void emit_branch(Gen *g, VReg cond, IrBlock *then, IrBlock *els);
void start_block(Gen *g, IrBlock *b);
IrBlock *new_block(Gen *g, const char *label);
Value emit_call(Gen *g, const char *sym, const IrSig *sig, Value *args, int nargs, int nresult_words);
void emit_noreturn_call(Gen *g, const char *sym, const IrSig *sig, Value *args, int nargs);
VReg new_vreg(Gen *g);

// ---- Values in registers and memory (memory.c) ----
bool is_aggregate(Type *t);                 // struct or array: a Value is its address
int value_words(Type *t);                   // words of a Value of type t
int abi_words(Type *t);                     // words at a call (docs/ABI.md §1)
Vec type_leaves(Type *t);                   // Leaf*: the scalar words of a t in memory
VReg gen_offset(Gen *g, VReg addr, int64_t offset);
Value gen_load(Gen *g, Type *t, VReg addr);
void gen_store(Gen *g, Type *t, VReg addr, Value v);
void gen_copy(Gen *g, VReg dst, VReg src, Type *t);
void gen_zero(Gen *g, VReg addr, Type *t);
Value gen_zero_value(Gen *g, Type *t);
VReg gen_temp(Gen *g, Type *t);             // a frame slot's (or large: heap) address
bool too_large_for_stack(Type *t);          // a variable that gc puts on the heap
VReg gen_frame_slot(Gen *g, Type *t);
VReg gen_new_object(Gen *g, Type *t);       // a zeroed heap object's address
VReg gen_alloc(Gen *g, Type *t, Node *site, bool zeroed);  // in the frame if site does not escape
enum { MAX_LEAF_WORDS = 16 };                // larger aggregates are passed by reference
bool passed_by_reference(Type *t);
void push_abi_words(Gen *g, Type *t, Value v, VReg *words, int *n);
void push_result_words(Gen *g, Type *t, Value v, VReg *words, int *n);
Value value_from_abi_words(Gen *g, Type *t, const VReg *words, int *n);

VReg gen_type_addr(Gen *g, Type *t);               // memory.c: `addr type.T`

// ---- Types as words ----
IrParam type_param(Type *t);
const IrSig *sig_of(Type *fn);
const IrSig *runtime_sig(int nparams_words, const int *param_words, int nresult_words);

// ---- Lowering by construct ----
Value gen_expr(Gen *g, Node *e);                    // expr.c
Value gen_const(Gen *g, ConstValue *c);             // expr.c
VReg gen_string_data(Gen *g, const char *s, size_t len);  // expr.c
const char *string_data_symbol(Gen *g, const char *s, size_t len);  // expr.c: go.string.N
Value gen_call(Gen *g, Node *call);                 // call.c
Value gen_go_call(Gen *g, Pos at, const char *sym, VReg code, VReg ctx, Type *sig,
                  Value *args);  // call.c
Value *gen_args(Gen *g, Node *call, Type *sig);      // call.c
Value gen_composite(Gen *g, Node *e);               // composite.c
Value gen_slice_expr(Gen *g, Node *e);              // slice.c
Value gen_make_slice(Gen *g, Node *call);           // slice.c
Value gen_append(Gen *g, Node *call);               // slice.c
Value gen_copy_slices(Gen *g, Node *call);          // slice.c
bool gen_string_conversion(Gen *g, Type *to, Node *arg, Value *out);  // slice.c
bool gen_slice_to_array_pointer(Gen *g, Type *to, Node *arg, Value *out);  // slice.c
void gen_composite_into(Gen *g, VReg addr, Node *e);  // composite.c
VReg gen_composite_object(Gen *g, Type *t, Node *e);  // composite.c
Value gen_string_concat(Gen *g, Node *e);           // string.c
VReg gen_string_compare(Gen *g, Op op, Value a, Value b);  // string.c
Value gen_string_index(Gen *g, Node *e);            // string.c
VReg gen_load_byte(Gen *g, VReg ptr, VReg index, VReg dst);  // string.c
Value gen_string_slice(Gen *g, Node *e);            // string.c
Value gen_intstring(Gen *g, Value x);               // string.c
void gen_range(Gen *g, Node *s);                    // range.c
void declare_iteration_vars(Gen *g, Node *s);       // range.c
void gen_range_body(Gen *g, Node *s, const char *label, Value key, Value val,
                    IrBlock *next, IrBlock *done);  // range.c

// ---- Maps (map.c) ----
// MapPlace is m[k] on the left of an assignment after its first phase: the
// map and the address of the key's temporary (assign.c's LValue).
typedef struct MapPlace {
    Type *map;          // the map type (underlying)
    VReg h;             // the map value (*hmap)
    VReg key;           // the key's address
} MapPlace;
Value gen_make_map(Gen *g, Node *call);
Value gen_map_literal(Gen *g, Node *e);
Value gen_map_index(Gen *g, Node *e);
void gen_map_index_ok(Gen *g, Node *e, Value *vals);
MapPlace gen_map_place(Gen *g, Node *e);
Value gen_map_place_load(Gen *g, MapPlace *p);
void gen_map_place_store(Gen *g, MapPlace *p, Value v);
void gen_delete(Gen *g, Node *call);
Value gen_map_len(Gen *g, VReg m);
void gen_range_map(Gen *g, Node *s);
bool is_map_index(Node *e);
VReg gen_compare_values(Gen *g, Op op, Type *t, Value x, Value y);  // arith.c
VReg gen_aggregate_compare(Gen *g, Op op, Type *t, Value x, Value y);  // compare.c
void gen_switch(Gen *g, Node *s);                   // switch.c
const char *take_label(Gen *g);                     // stmt.c
void gen_print(Gen *g, Node *call, bool newline);   // print.c
bool is_float32(Type *t);                           // float.c
Value gen_float_const(Gen *g, ConstValue *c, Type *t);  // float.c
Value gen_float_arith(Gen *g, Node *e);             // float.c
Value gen_float_unary(Gen *g, Node *e);             // float.c
VReg gen_float_compare(Gen *g, Cond cond, Type *t, VReg x, VReg y);  // float.c
void gen_print_float(Gen *g, Value x, Type *t);     // float.c
Value gen_float_conversion(Gen *g, Value x, Type *from, Type *to);  // floatconv.c
void gen_stmt(Gen *g, Node *s);                     // stmt.c
void gen_block(Gen *g, Node *block);                // stmt.c
void split_values(Value all, Type **types, int n, Value *out);  // stmt.c

// ---- Variables (var.c, escape.c) ----
void mark_heap_vars(Node *root);                    // escape.c: sets Object.addrtaken
Vec closure_captures(Node *lit);                    // escape.c: Object* captured by lit
Home *local_home(Gen *g, Object *o);
void declare_local(Gen *g, Object *o, Value v);
void declare_zero_local(Gen *g, Object *o);   // var.c: `var x T`
VReg gen_var_addr(Gen *g, Object *o);
Value gen_read_var(Gen *g, Object *o);
void gen_store_var(Gen *g, Object *o, Value v);
void bind_params(Gen *g, Node *fn, int first_word);
void bind_param(Gen *g, Object *o, Value v);
void bind_results(Gen *g, Node *fn);
IrDbgType *debug_type(Gen *g, Type *t);             // dwarf_types.c: t as DWARF describes it
void debug_var(Gen *g, Object *o, const Home *h);   // dwarf_vars.c: o's IrVar in g->f->vars

// ---- Places in memory (addr.c, bounds.c) ----
VReg gen_addr(Gen *g, Node *e);                     // &e for an addressable e
bool is_addressable(Node *e);
void gen_nil_check(Gen *g, VReg p);
Value gen_selector(Gen *g, Node *e);
Value gen_index(Gen *g, Node *e);
Value gen_deref(Gen *g, Node *e);
Value gen_addr_of(Gen *g, Node *e);
void gen_index_check(Gen *g, VReg index, VReg len, Type *index_type);

// ---- Assignments (assign.c) ----
void gen_values(Gen *g, NodeList *exprs, int n, Value *vals);
void gen_local_decl(Gen *g, Node *d);
void gen_assign(Gen *g, Node *s);
void gen_assign_tuple(Gen *g, Node **lhs, Value *vals, int n);
void gen_op_assign(Gen *g, Node *s, Node *lhs, Node *rhs, Op op);
void gen_incdec(Gen *g, Node *s);

const char *func_symbol(Gen *g, Node *fn);
void begin_func(Gen *g, const char *sym, const IrSig *sig, Type *func_type, Pos pos);
void gen_func_body(Gen *g, Node *fn, int word);

// ---- Defer, panic and recover (defer.c, convert.c) ----
void gen_defer(Gen *g, Node *s);                    // defer.c
void begin_defer_frame(Gen *g, Node *fn);           // defer.c: before bind_results
void end_defer_frame(Gen *g);                       // defer.c: after the body
bool gen_defer_return(Gen *g, Value *results);      // defer.c: false if f has no defers
Value gen_recover(Gen *g);                          // defer.c
void emit_wrapper_prologue(Gen *g);                 // defer.c
VReg gen_defer_closure(Gen *g, Node *call, bool go);  // defer.c: the call's wrapper funcval
bool defers_directly(Node *call);                   // defer.c: a call of a func() value

// ---- Goroutines and channels (go.c, chan.c, select.c) ----
void gen_go(Gen *g, Node *s);                       // go.c
Value gen_make_chan(Gen *g, Node *call);            // chan.c
Value gen_chan_len(Gen *g, VReg ch, bool cap);      // chan.c
void gen_send(Gen *g, Node *s);                     // chan.c
Value gen_recv(Gen *g, Node *e);                    // chan.c
void gen_recv_ok(Gen *g, Node *e, Value *vals);     // chan.c
void gen_close(Gen *g, Node *call);                 // chan.c
void gen_range_chan(Gen *g, Node *s);               // chan.c
void gen_select(Gen *g, Node *s);                   // select.c
Value gen_to_eface(Gen *g, Value v, Type *t);       // convert.c

// ---- Interfaces (convert.c, itab.c, icall.c, iface_compare.c, implicit.c) ----
bool is_empty_interface(Type *t);                   // convert.c: any, interface{}
Value gen_conv_iface(Gen *g, Node *e);              // convert.c: EXPR_CONV_IFACE
Value gen_iface_conversion(Gen *g, Node *x, Type *to, Node *site);  // convert.c: I(x), any(x)
Value gen_iface_to_eface(Gen *g, Value v);          // convert.c: I -> any
const char *itab_symbol(Gen *g, Type *concrete, Type *iface);  // itab.c: go.itab.T,I
void itab_finish(Gen *g);                           // itab.c: runtime.itablink
const char *method_ifn_symbol(Gen *g, Type *t, Selection *sel);  // typedata.c
int iface_method_index(Type *iface, const char *name);  // icall.c: k of fun[k]
bool is_iface_method(Selection *sel);               // icall.c
Value gen_iface_call(Gen *g, Node *call, Node *sel_expr);      // icall.c
Value gen_iface_deferred_fun(Gen *g, Node *sel_expr);           // icall.c: defer i.M()
Value gen_iface_deferred_call(Gen *g, Node *call, Method *m, Value fun);  // icall.c
Value gen_iface_method_value(Gen *g, Node *e);      // icall.c
Value gen_iface_method_expr(Gen *g, Node *e);       // icall.c
void gen_iface_wrapper_body(Gen *g, Type *iface, Method *m, VReg addr, int word);  // icall.c
void gen_forward(Gen *g, const char *sym, VReg code, Type *full, Value recv, int word);  // method.c
VReg gen_iface_compare(Gen *g, Op op, Type *t, Value x, Value y);  // iface_compare.c
Value gen_iface_compare_expr(Gen *g, Node *e);      // iface_compare.c
Value gen_dynamic_value(Gen *g, Type *c, VReg data);  // iface_compare.c: ifaceData
VReg gen_compare_concrete(Gen *g, Op op, Type *it, Value iv, Type *c, Value cv);  // iface_compare.c
VReg emit_addr(Gen *g, const char *sym, int64_t offset);  // convert.c: &sym + offset
Value gen_assert(Gen *g, Node *e);                  // assert.c: x.(T)
void gen_assert_ok(Gen *g, Node *e, Value *vals);   // assert.c: v, ok = x.(T)
Value gen_assert_value(Gen *g, Type *x, Type *t, Value v, VReg *ok);  // assert.c
VReg gen_asserted_word(Gen *g, Type *x, Type *t);   // assert.c: &type.T or &go.itab.T,X
void gen_type_switch(Gen *g, Node *s);              // typeswitch.c
Value gen_value_to_iface(Gen *g, Value v, Type *from, Type *to, Node *site);  // convert.c
void convert_tuple(Gen *g, Node *x, Type **targets, int n, Value *vals);  // tuple.c
void spread_call_results(Node *call);                                    // tuple.c: f(g())
Value gen_call_result(Gen *g, Node *e);                                  // tuple.c
void convert_tuple_to_lhs(Gen *g, Node *x, NodeList *lhs, Value *vals);  // tuple.c
void convert_range_values(Gen *g, Node *s, Value *vals);                 // tuple.c
void convert_var_tuple(Gen *g, Node *spec, Value *vals);                 // tuple.c

// ---- Function values, closures and methods (closure.c, method.c) ----
Value gen_func_lit(Gen *g, Node *lit);
int count_func_lits(Node *n);
Value gen_func_value(Gen *g, const char *sym);      // a static funcval: sym·f
Value gen_bound_closure(Gen *g, Node *e, const char *code_sym, Type *recv, Value r);
void note_noescape_args(Gen *g, Object *fn, Type *sig);  // call.c: from escape/'s tags
Type *method_func_type(Node *fn);                   // the method's type, receiver first
void bind_receiver(Gen *g, Node *fn, int *word);
const char *method_symbol(Type *recv, const char *name);  // main.T.M, main.(*T).M
Value gen_method_call(Gen *g, Node *call, Node *sel_expr);
Value gen_receiver(Gen *g, Node *sel_expr);
Value gen_method_call_with(Gen *g, Node *call, Method *m, Value recv);
Value gen_method_value(Gen *g, Node *e);
Value gen_method_expr(Gen *g, Node *e);
void gen_method_wrappers(Gen *g);
const char *want_method(Gen *g, Type *recv, Selection *sel, const char *sym);
VReg gen_path_addr(Gen *g, Node *x, Selection *sel, int steps, Type **at);  // addr.c
VReg gen_path_from(Gen *g, VReg addr, Type *t, Selection *sel, int steps, Type **at);

// ---- Bounds checks (bounds.c) ----

// gen_index_check emits `if uint64(index) >= uint64(len) { panicIndex(index, len) }`
// (panicIndexU for an index of type uint, uint64 or uintptr).
void gen_index_check(Gen *g, VReg index, VReg len, Type *index_type);

// SliceBounds describes x[lo:hi] or x[lo:hi:max] for gen_slice_check. An omitted
// bound is 0 on the way in (lo, hi); gen_slice_check fills in its default
// (lo = 0, hi = len, max = cap), so that afterwards all three are set.
typedef struct SliceBounds {
    VReg lo, hi, max;
    Type *lo_type, *hi_type, *max_type;  // the bounds' Go types (NULL for defaults)
    VReg len, cap;      // the operand's; cap = len for strings and arrays
    bool is_slice;      // hi and max are checked against a slice's cap (...Acap
                        // panics), else against len (...Alen)
    bool three;         // x[lo:hi:max]
} SliceBounds;
void gen_slice_check(Gen *g, SliceBounds *b);
// ---- Type descriptors and type algorithms (docs/LOWERING.md, "Type descriptors") ----
// typedata_symbol emits type.<T> (once, with all it refers to) and returns its
// symbol: "type.int", "type.*main.Rect", "type.map[string]int".
const char *typedata_symbol(Gen *g, Type *t);               // typedata.c
// typedata_finish fills the weak ptrToThis words (*T emitted after T); call it
// once after all lowering.
void typedata_finish(Gen *g);                               // typedata.c
bool is_direct_iface(Type *t);      // typedata.c: an interface holds the value itself
int64_t ptrdata(Type *t);           // typedata.c: the prefix of a t that holds pointers
bool uses_gcprog(Type *t);          // gcprog.c: a pointer mask too large, a GC program instead
const char *gcprog_symbol(Gen *g, Type *t);  // gcprog.c: type..gcprog.T
void typedata_dump(Buf *out, Gen *g, Program *p);           // typedata_dump.c
const char *type_link_string(Type *t);                      // typestring.c
const char *type_name_string(Type *t);                      // typestring.c
uint32_t type_hash(Type *t);                                // typestring.c
bool is_exported_name(const char *name);                    // typestring.c
const char *object_pkg(Object *o);  // the path of o's package: "main", "fmt" (typestring.c)
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
void gen_equal_parts(Gen *g, Type *t, VReg p, VReg q, IrBlock *neq);  // alg.c
const char *static_funcval(Gen *g, const char *name, const char *fn, int64_t size, bool *fresh);

#endif
