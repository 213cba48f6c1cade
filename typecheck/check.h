// check.h: the type checker's internals, shared by the files of typecheck/.
// Nothing outside typecheck/ includes this; the contract is typecheck.h.
#ifndef MGC_CHECK_H
#define MGC_CHECK_H

#include "typecheck.h"

// ---- Scopes (Go spec: Declarations and scope) ---------------------------------

typedef struct Scope {
    struct Scope *parent;
    Vec objs;           // Object*, in declaration order
    bool is_func;       // the outermost block of a function body
} Scope;

Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name);
Object *new_object(ObjKind kind, const char *name, Pos pos, Type *type);

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

typedef struct Checker {
    Program *prog;
    Scope *universe;
    Scope *pkg;
    Scope *scope;           // the innermost scope
    Type *func_type;        // the function being checked
    Node *func_decl;
    int breakable;          // depth of enclosing for/switch (for break)
    int loops;              // depth of enclosing for (for continue)
    Vec imports;            // Object* OBJ_PACKAGE, for "imported and not used"
    Vec type_path;          // Object*: the type declarations being resolved (for cycles)
    Object *owner;          // the package-level var or func being checked, whose
                            // deps record what it refers to (initialization order)
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
void check_local_decl(Checker *c, Node *decl);
void check_var_spec(Checker *c, Node *spec);
void resolve_object(Checker *c, Object *o);
Object *type_spec_object(Node *spec);
void resolve_type_name(Checker *c, Object *o);
Type *resolve_type(Checker *c, Node *n);

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
void check_call(Checker *c, Operand *x, Node *call);
bool check_expr_list(Checker *c, NodeList *list, Vec *ops);
const char *types_summary(Vec *types);
Pos expr_start(Node *e);
void check_builtin(Checker *c, Operand *x, Node *call, Builtin id);

// Statements (stmt.c)
void check_func_body(Checker *c, Node *fn, Type *sig);
void check_stmt(Checker *c, Node *s);

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
