// check.h: the type checker's internals, shared by the files of typecheck/.
// Nothing outside typecheck/ includes this; the contract is typecheck.h.
#ifndef MGC_CHECK_H
#define MGC_CHECK_H

#include "typecheck.h"

// ---- Scopes (Go spec: Declarations and scope) ---------------------------------

typedef struct Scope {
    struct Scope *parent;
    Vec objs;           // Object*, in declaration order (add with scope_insert)
    StrMap index;       // name -> Object*, kept once objs outgrows a short scan
    bool is_func;       // the outermost block of a function body
} Scope;

void scope_insert(Scope *s, Object *o);   // objs and index; no redeclaration check

Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name);
Object *new_object(ObjKind kind, const char *name, Pos pos, Type *type);
const char *object_string(Object *o);
bool is_complex_type_name(Object *o, Pos at);

// ---- Operands: what checking an expression yields --------------------------------

typedef enum Mode {
    MODE_INVALID,   // an error was reported
    MODE_NOVALUE,   // a call of a function without results
    MODE_VALUE,     // a computed value
    MODE_VAR,       // an addressable variable
    MODE_CONST,     // a constant (cval set)
    MODE_TYPE,      // a type expression
    MODE_BUILTIN,   // a built-in function name
    MODE_PACKAGE,   // an imported package name
    MODE_MAPINDEX,  // m[k]: assignable, not addressable, and may yield `v, ok`
    MODE_COMMAOK,   // x.(T): may yield `v, ok`
    MODE_NIL,       // the predeclared nil (its type becomes that of its context)
} Mode;

typedef struct Operand {
    Mode mode;
    Type *type;
    ConstValue *cval;
    Node *expr;
    Object *obj;    // MODE_BUILTIN / MODE_PACKAGE / named things
    bool spread;    // one value of a multi-value call: expr is that call, which
                    // keeps its tuple type (errors point at it; nothing is recorded)
} Operand;

// ---- The checker ------------------------------------------------------------------

// LateError is an error gc reports in a phase after type checking (its
// "walk"), so only for a program without type errors.
typedef struct LateError {
    Pos pos;
    const char *msg;
} LateError;

typedef struct Checker {
    Program *prog;
    Package *p;             // the package being checked
    PackageLoader load;     // finds the stubs of imported library packages
    Scope *universe;
    Scope *pkg;
    Vec file_scopes;        // Scope*: one block per file, nested in pkg: its imports
    Scope *file;            // the block of the file whose declarations are being collected
    Scope *scope;           // the innermost scope
    Type *func_type;        // the function being checked
    Node *func_decl;
    int breakable;          // depth of enclosing for/switch (for break)
    int loops;              // depth of enclosing for (for continue)
    Vec imports;            // Object* OBJ_PACKAGE, for "imported and not used"
    Vec type_path;          // Object*: the type declarations being resolved (for cycles)
    Object *owner;          // the package-level var or func being checked, whose
                            // deps record what it refers to (initialization order)
    Vec map_keys;           // Node* TYPE_MAP whose key type is checked once types are complete
    bool dot_import;        // a dot import was rejected: undefined names are not reported
    int indirect;           // resolving a type behind a pointer, slice, map or func
    Vec pending_layouts;    // Type*: structs and arrays laid out before a part was complete
    Vec defined_types;      // Type* TY_NAMED: every defined type, package-level or local,
                            // whose size follows its underlying type's
    Vec late_errors;        // LateError*: what gc finds only after type checking succeeded
    Vec sized_types;        // Node*: array, struct, chan and func types whose size or
                            // shape is checked once types are complete (limits.c)
    int local_types;        // defined types declared in functions so far (Type.vargen)
    bool has_call;          // the expression being checked contains a call (len(a) is then
                            // not constant)
} Checker;

void init_types(void);
Type *new_func_type(void);
Type *new_tuple(void);

void init_universe(Checker *c);
void open_scope(Checker *c);
void close_scope(Checker *c);
bool declare(Checker *c, Scope *s, Object *obj);

// Declarations (decl.c)
void collect_package(Checker *c, Vec *files);
void check_package_bodies(Checker *c);
Package *import_package(Checker *c, const char *path, bool *known);  // library.c
void add_package(Program *prog, Package *p);           // library.c
void check_local_decl(Checker *c, Node *decl);
void check_var_spec(Checker *c, Node *spec);
void resolve_object(Checker *c, Object *o);
Object *type_spec_object(Node *spec);
void resolve_type_name(Checker *c, Object *o);
void report_type_cycle(Checker *c, Object *o);
void report_mixed_cycle(Checker *c, Object *o);
void check_init_count(Node *spec);
bool is_const_type(Type *t);
void collect_method(Checker *c, Node *fn);
void check_field_method_clash(Type *named);

// Types written in the source (typexpr.c)
Type *resolve_type(Checker *c, Node *n);
Type *resolve_type_direct(Checker *c, Node *n);
Type *resolve_signature(Checker *c, Node *n);
void check_map_keys(Checker *c);
void complete_layouts(Checker *c);

// Size limits, gc's and mgc's (limits.c)
void check_size_later(Checker *c, Node *n);
void check_sizes(Checker *c);
void check_symbol_size(Checker *c, Object *o);

// Fields, methods and interfaces (lookup.c)
Selection *lookup_field_or_method(Type *t, bool addressable, const char *name, bool fold_case,
                                  bool *ambiguous, bool *needs_addr);
bool implements(Type *t, Type *iface, const char **why);
bool assertable(Type *iface, Type *t, const char **cause);

// Types (types.c)
void layout_struct(Type *t);
void sort_methods(Vec *methods);
void write_signature(Buf *b, Type *t);

// Expressions (expr.c)
void check_expr(Checker *c, Operand *x, Node *e);
void expect_value(Operand *x);  // the checks that make x a single value
void check_multi_expr(Checker *c, Operand *x, Node *e);  // allows tuples and no value
void check_expr_or_type(Checker *c, Operand *x, Node *e);
void assign_operand(Checker *c, Operand *x, Type *t, const char *context);
void default_operand(Checker *c, Operand *x, const char *context);
bool convert_untyped_or_report(Operand *x, Type *target);
bool check_case_value(Checker *c, Operand *tag, Node *e, Operand *v);
void record(Operand *x);
const char *operand_string(Operand *x);
const char *expr_string(Node *e);
bool assignable(Type *v, Type *t, const char **why);
void note_use(Checker *c, Object *o);
void check_call(Checker *c, Operand *x, Node *call);
void check_selector(Checker *c, Operand *x, Node *e);
void operand_of_object(Checker *c, Operand *x, Node *e, Object *o);
void check_package_member(Checker *c, Operand *x, Node *e, Object *pkg);  // library.c
bool is_exported(const char *name);
void check_index(Checker *c, Operand *x, Node *e);
void check_slice_expr(Checker *c, Operand *x, Node *e);
void check_composite(Checker *c, Operand *x, Node *e, Type *elided);
void check_func_lit(Checker *c, Operand *x, Node *e);
void check_type_assert(Checker *c, Operand *x, Node *e);
bool check_expr_list(Checker *c, NodeList *list, Vec *ops);
const char *types_summary(Vec *types, bool variadic);
Type *default_type(Type *t);    // Go spec: Constants, "default type"
void set_expr_type(Node *e, Type *t);
Pos expr_start(Node *e);
void check_builtin(Checker *c, Operand *x, Node *call, Builtin id);
const char *backend_type_string(Type *t);   // builtin.c: as gc's back end writes t

// Statements (stmt.c, range.c, assert.c)
void check_func_body(Checker *c, Node *fn, Type *sig);
void check_stmt(Checker *c, Node *s);
void check_block(Checker *c, Node *block);
void check_loop_body(Checker *c, Node *body);  // break and continue allowed
Operand *check_values(Checker *c, NodeList *rhs, int n);
void declare_local_var(Checker *c, Object *o);
void assign_to_lhs(Checker *c, Node *lhs, Operand *x);
void check_clause_stmts(Checker *c, Node *clause, bool last, bool type_switch);
void report_multiple_defaults(Node *s);
void check_range(Checker *c, Node *s);
void check_type_switch(Checker *c, Node *s);

// Channels (select.c)
void check_send(Checker *c, Node *s);
void check_select(Checker *c, Node *s);
bool is_comm(Node *s);      // a select case's send or receive

// Built-in functions (builtin.c) and indices (index.c)
bool check_arguments(Checker *c, Node *call, Type *sig, Vec *args);
int64_t check_index_value(Checker *c, Node *e, int64_t max);

// Labels (labels.c)
void check_labels(Node *body);

// Constants (const.c)
ConstValue *const_from_int_lit(const char *lit);
ConstValue *const_int_si(long v);
ConstValue *const_bool(bool b);
ConstValue *const_string(const char *s, size_t len);
ConstValue *const_unary(Op op, ConstValue *x, Type *t);
ConstValue *const_binary(Op op, ConstValue *x, ConstValue *y, bool int_division);
ConstValue *const_shift(Op op, ConstValue *x, unsigned long count);
bool const_compare(Op op, ConstValue *x, ConstValue *y);
int const_sign(ConstValue *v);
ConstValue *const_to_int(ConstValue *v);
bool const_representable(ConstValue *v, Type *t, ConstValue **rounded);
const char *const_string_repr(ConstValue *v);  // as types2 prints it in messages

// Floating-point constants (float.c)
ConstValue *const_from_float_lit(const char *lit);  // NULL: out of range
const ConstValue *float_from_int(const ConstValue *v);
ConstValue *float_neg(const ConstValue *x);
ConstValue *float_binary(Op op, const ConstValue *x, const ConstValue *y);  // NULL: infinite
int float_cmp(const ConstValue *x, const ConstValue *y);
ConstValue *float_to_int(const ConstValue *x);  // NULL: not integral
ConstValue *float_round(const ConstValue *x, int64_t size);  // to float32/64; NULL: overflows
const char *float_string(const ConstValue *x);

// Not supported yet: a clear error at the construct's position.
void not_yet(Pos pos, const char *what);

#endif
