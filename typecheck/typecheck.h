// typecheck.h: the type checker's contract. AST in, typed AST out.
//
// check_program resolves every name, computes every expression's type and
// constant value, reports every compile error in gc's wording at gc's position,
// and returns the typed Program that codegen lowers. It fills the "Filled by
// typecheck" fields of each Node (ty, obj, cval, flags).
#ifndef MGC_TYPECHECK_H
#define MGC_TYPECHECK_H

#include <gmp.h>

#include "../parser/ast.h"

// ---- Types --------------------------------------------------------------------

// TypeKind: the basic kinds are numbered as Go's reflect kinds (rt/typekind.go),
// so the value that ends up in a type descriptor is the kind itself.
typedef enum TypeKind {
    TY_INVALID = 0,
    TY_BOOL = 1,
    TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64,
    TY_COMPLEX64, TY_COMPLEX128,
    TY_ARRAY = 17,
    TY_CHAN,
    TY_FUNC,
    TY_INTERFACE,
    TY_MAP,
    TY_POINTER,
    TY_SLICE,
    TY_STRING = 24,
    TY_STRUCT,
    TY_UNSAFE_POINTER,

    // Kinds that exist only in the checker.
    TY_NAMED = 32,      // a defined type: obj, underlying
    TY_TUPLE,           // the results of a multi-value call: elems
    TY_UNTYPED_BOOL,    // untyped constants, before they meet a type
    TY_UNTYPED_INT,
    TY_UNTYPED_RUNE,
    TY_UNTYPED_FLOAT,
    TY_UNTYPED_STRING,
    TY_UNTYPED_NIL,
} TypeKind;

typedef struct Type Type;

// Field is one field of a struct type (Go spec: Struct types).
typedef struct Field {
    const char *name;       // an embedded field's name is its type's name
    Type *type;
    int64_t offset;         // bytes from the start of the struct, as gc lays it out
    bool embedded;
    const char *tag;        // the tag's text, or NULL (part of the type's identity)
    const char *pkg;        // the path of the package that declared it ("main", "strings"):
                            // an unexported field is only visible there
    Pos pos;
} Field;

// Method is a method of a defined type or of an interface (Go spec: Method
// declarations, Interface types).
typedef struct Method {
    const char *name;
    Type *type;             // the signature, without the receiver
    struct Object *func;    // a defined type's method: its OBJ_FUNC (NULL in interfaces)
    bool ptr_recv;          // declared with a pointer receiver (*T)
    Pos pos;
} Method;

struct Type {
    TypeKind kind;
    const char *name;       // the predeclared aliases byte and rune print by name
    int64_t size;           // bytes, as gc lays it out on amd64
    int align;

    Type *elem;             // pointer, slice, array, map value
    Type *key;              // map key
    int64_t len;            // array length
    int chan_dir;           // TY_CHAN: CHAN_RECV, CHAN_SEND or CHAN_BOTH (reflect's ChanDir)

    Vec params;             // TY_FUNC: Type* of each parameter
    Vec results;            // TY_FUNC: Type* of each result; TY_TUPLE: the elements
    Vec param_names;        // TY_FUNC: const char* (NULL when unnamed), for type strings
    Vec result_names;
    bool variadic;          // TY_FUNC: the last parameter is ...T (stored as []T)

    Vec fields;             // TY_STRUCT: Field*, in declaration order

    // TY_NAMED: the methods declared with this receiver base type, in source
    // order. TY_INTERFACE: the explicitly declared methods, sorted by name.
    Vec methods;
    Vec embeddeds;          // TY_INTERFACE: embedded interface types
    Vec method_set;         // TY_INTERFACE: every method, embedded ones too, sorted
    bool complete;          // TY_INTERFACE: method_set is computed
    bool is_any;            // the predeclared `any` (types2 prints it as "any")

    struct Object *obj;     // TY_NAMED: the type name
    Type *underlying;       // TY_NAMED: the underlying type (itself for basic types)
    int vargen;             // TY_NAMED declared in a function: gc's ·N suffix of its
                            // link name (1, 2, ... in source order), else 0

    // Types that only codegen builds (codegen/typedata.c), never the checker.
    struct Type *map_of;    // TY_STRUCT: the map type whose bucket this struct is
    bool noalg;             // a map bucket or its key/elem arrays: no equality or
                            // hash (gc's Noalg), descriptor type.noalg.<T>
};

// The predeclared types (canonical instances; compare with ==).
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
extern Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
extern Type *ty_float32, *ty_float64, *ty_string, *ty_invalid;
extern Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
    *ty_untyped_string, *ty_untyped_nil;
extern Type *ty_error, *ty_any;    // the predeclared interface types
extern Type *ty_byte, *ty_rune;    // uint8 and int32 under their alias names
extern Type *ty_complex64, *ty_complex128;  // declared only to say they are not supported

// MAX_RESULT_WORDS bounds the words of a function's results, which codegen
// returns as one Value (codegen/lower.h); the checker rejects more (limits.c).
enum { MAX_RESULT_WORDS = 64 };

Type *underlying(Type *t);
bool is_integer(Type *t);   // of the underlying type, typed or untyped
bool is_unsigned(Type *t);
bool is_float(Type *t);
bool is_string(Type *t);
bool is_boolean(Type *t);
bool is_untyped(Type *t);
bool is_numeric(Type *t);
bool is_basic_kind(TypeKind k);
bool is_interface(Type *t);
bool is_pointer(Type *t);
bool types_identical(Type *a, Type *b);
bool types_identical_ignore_tags(Type *a, Type *b);  // for conversions
bool is_comparable(Type *t);        // Go spec: Comparison operators
bool has_nil(Type *t);              // pointers, slices, maps, funcs and interfaces
Node *unparen(Node *e);             // e without enclosing parentheses
const char *type_string(Type *t);   // as types2 prints it: "int", "T", "func(x int) string"
Vec *interface_methods(Type *t);    // the method set of an interface type, sorted
// method_set returns the method set of a non-interface type t (Go spec: Method
// sets): Selection* of kind SEL_METHOD, with promoted methods, sorted as gc
// sorts them (exported names first, then bytewise).
Vec method_set(Type *t);

// Type constructors. Composite types are built anew each time; compare them
// with types_identical. Sizes stop at MAX_WIDTH (gc's types.MaxWidth on
// amd64), beyond which gc rejects a type as "larger than address space" or
// "too large" (typexpr.c, limits.c), so that they never overflow.
#define MAX_WIDTH ((int64_t)1 << 50)
Type *new_pointer(Type *elem);
Type *new_slice(Type *elem);
Type *new_array(Type *elem, int64_t len);
Type *new_map(Type *key, Type *elem);

// ChanDir: the directions of a channel type, valued as reflect.ChanDir (the
// chantype descriptor's dir word).
enum { CHAN_RECV = 1, CHAN_SEND = 2, CHAN_BOTH = 3 };
Type *new_chan(Type *elem, int dir);

// ---- Selections (Go spec: Selectors) ----------------------------------------------

typedef enum SelKind {
    SEL_FIELD,          // x.f: a struct field, possibly promoted through embedded fields
    SEL_METHOD,         // x.M: a method value, or the callee of a method call
    SEL_METHOD_EXPR,    // T.M, (*T).M, I.M: a function taking the receiver first
} SelKind;

// Selection says what a selector x.f denotes (= types2 Selection). `path`
// holds the field indices from x's (dereferenced) struct type down through
// embedded fields; for a field its last entry is the field's own index.
typedef struct Selection {
    SelKind kind;
    Type *recv;             // the type of x (for SEL_METHOD_EXPR: T)
    int *path;
    int depth;              // the number of entries in path
    Field *field;           // SEL_FIELD
    Method *method;         // SEL_METHOD, SEL_METHOD_EXPR
    bool indirect;          // a pointer is followed on the way to the field or method
} Selection;

// ---- Node annotations (Node.flags) -------------------------------------------------

enum {
    NODE_CONVERSION = 1 << 0,   // EXPR_CALL that is a conversion T(x), not a call
    NODE_COMMA_OK = 1 << 1,     // EXPR_INDEX of a map or EXPR_TYPE_ASSERT yielding (v, ok)
    NODE_OP_ASSIGN = 1 << 2,    // the x op y that the checker builds for `x op= y`
    NODE_SHIFTED = 1 << 3,      // the untyped constant x of a non-constant shift x << s,
                                // whose final type must be an integer type
};

// ---- Constants ------------------------------------------------------------------

typedef enum ConstKind { CONST_BOOL, CONST_INT, CONST_FLOAT, CONST_STRING } ConstKind;

// ConstValue is a constant's value (Go spec: Constant expressions), kept the
// way go/constant keeps it, so that values and messages match gc's.
typedef struct ConstValue {
    ConstKind kind;
    bool b;
    mpz_t i;                // CONST_INT: exact, any size
    // CONST_FLOAT: the value q * 2^exp (typecheck/float.c). An exact fraction
    // (exp == 0) while numerator and denominator have under 4096 bits each;
    // beyond that (`rounded`) a binary float: q an integer of at most 512 bits.
    mpq_t q;
    int64_t exp;
    bool rounded;
    const char *s;          // CONST_STRING bytes
    size_t slen;
} ConstValue;

// const_int64 returns an integer constant's value; the checker has already
// verified it is representable in the expression's type.
int64_t const_int64(const ConstValue *c);

// const_float returns a numeric constant rounded to float32 (size 4) or
// float64 (size 8) straight from its exact value, to nearest even, as a
// double (which holds every float32 exactly); the checker has already
// verified that the rounded value is finite.
double const_float(const ConstValue *c, int64_t size);

// ---- Objects and scopes -----------------------------------------------------------

typedef enum ObjKind {
    OBJ_VAR,        // a variable or parameter
    OBJ_CONST,
    OBJ_TYPE,
    OBJ_FUNC,       // a package-level function
    OBJ_BUILTIN,    // len, println, ...
    OBJ_PACKAGE,    // an imported package name
    OBJ_NIL,
} ObjKind;

typedef enum Builtin {
    BUILTIN_NONE,
    BUILTIN_APPEND, BUILTIN_CAP, BUILTIN_COPY, BUILTIN_DELETE, BUILTIN_LEN,
    BUILTIN_MAKE, BUILTIN_NEW, BUILTIN_PANIC, BUILTIN_PRINT, BUILTIN_PRINTLN,
    BUILTIN_RECOVER, BUILTIN_COMPLEX, BUILTIN_REAL, BUILTIN_IMAG, BUILTIN_CLOSE,
} Builtin;

typedef struct Object {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    Node *decl;             // the declaring node (DECL_FUNC, DECL_VAR, ...)
    ConstValue *cval;       // OBJ_CONST
    Builtin builtin;        // OBJ_BUILTIN
    const char *pkg_path;   // OBJ_PACKAGE: "os"
    struct Package *package;  // OBJ_PACKAGE: the imported package (NULL if unsupported)
    const char *pkg;        // the path of the declaring package ("main", "fmt"); NULL for
                            // the universe. Codegen spells symbols with it: fmt.Println
    bool unsupported;       // OBJ_PACKAGE outside mini-Go (reported at the import)
    bool is_global;         // a package-level var or func
    bool used;              // for "declared but not used" / "imported and not used"
    bool is_param;
    bool is_result;
    int index;              // codegen: a local's number in its function, or a param's index
    bool addrtaken;         // codegen: a local whose address is taken or that a closure
                            // captures, so it lives in a heap cell (escape.c)
    Type *recv;             // OBJ_FUNC of a method: its receiver type, T or *T
    bool can_inline;        // inline/cost.c: gc would inline calls to this function
    int inl_cost;           // inline/cost.c: its cost as gc's inliner counts it
    int inl_node;           // inline/cost.c: its number in the call-graph walk
    bool inl_big;           // inline/cost.c: over 5000 nodes (only cheap callees go in)
    bool stack_alloc;       // escape/: an addrtaken local that never outlives its frame,
                            // so its memory home is a frame slot, not a heap cell
    struct EscLeaks *leaks; // escape/: a parameter's tag (where its value flows)
    void *esc_loc;          // escape/: its location while its function is analysed
    Node *esc_value;        // escape/: the value a local is declared with (static.c)
    bool esc_reassigned;    // escape/: assigned again, or its address taken (static.c)
    bool capture_by_value;  // escape/: closures copy its value (never reassigned, at most 128
                            // bytes, not a result), so it needs no cell of its own
    struct Scope *file_scope;  // a package-level declaration: the block of its file, whose
                            // imports its declaration sees (Go spec: Declarations and scope)

    // Package-level resolution (Go spec: Package initialization).
    int state;              // 0 unresolved, 1 resolving, 2 resolved, 3 initialized
    int visit;              // the initialization-order walk that last saw it
    int order_index;        // 1 + its index in its package's globals (initialization order)
    bool in_init_loop;      // an initialization loop through it is reported already
    bool init_on_path;      // on the initialization-order walk's current path
    bool init_loop_free;    // no initialization loop is reachable from it
    Vec deps;               // Object*: package-level vars and funcs this one refers to
    Node *init_expr;        // a package var's initializer (NULL: zero value)
    Node *spec;             // the DECL_VAR / DECL_CONST spec that declares it
    int spec_index;         // its position among the spec's names
} Object;

// ---- The typed program --------------------------------------------------------------

// Package is one package of the program: main, or a library package declared
// by its stub file lib/<path>.go (docs/LOWERING.md, "Library packages").
typedef struct Package {
    const char *path;       // "fmt", "unicode/utf8", "main"
    const char *name;       // "fmt", "utf8", "main"
    struct Scope *scope;    // its package block
    Vec files;              // Node* FILE_NODE
    Vec funcs;              // Node* DECL_FUNC, in source order (library ones may lack a body:
                            // they are implemented in C in runtime/)
    Vec globals;            // Object* package-level variables
    Vec var_inits;          // Object* package-level variables, in initialization order
    Vec inits;              // Node* DECL_FUNC init() functions, in source order
    Vec types;              // Object* OBJ_TYPE, as Program.types
    int state;              // 0 not loaded, 1 being checked, 2 checked
} Package;

// PackageLoader parses the stub of library package `path` (the driver finds
// it under MGC_ROOT/lib); it returns the files, or an empty Vec if it has none.
typedef Vec (*PackageLoader)(const char *path);

// package_name is the last element of an import path: "unicode/utf8" -> "utf8".
const char *package_name(const char *path);

typedef struct Program {
    // files, funcs, globals and types hold those of every package, the library
    // packages' first; var_inits and inits are main's (each Package has its own).
    Vec files;      // Node* FILE_NODE
    Vec funcs;      // Node* DECL_FUNC, in source order
    Vec globals;    // Object* package-level variables
    Vec var_inits;  // Object* package-level variables, in initialization order
    Vec inits;      // Node* DECL_FUNC init() functions, in source order
    Vec types;      // Object* OBJ_TYPE: every defined type (no aliases), package-level
                    // ones in source order, then local ones in the order checked
    Vec packages;   // Package*: the imported library packages, in initialization order
                    // (a package after the packages it imports)
    Vec batches;    // Vec* of Object* (OBJ_FUNC with a body): the call graph's strongly
                    // connected components, callees before callers (inline/cost.c)
} Program;

// check_program type-checks the parsed files of package main. Errors are
// reported through error_at; the caller checks error_count() afterwards.
// Imported library packages are loaded with `load` and checked first.
Program *check_program(Vec *files, PackageLoader load);

// types_dump writes every expression with its type and constant value
// (mgc dump -phase=types).
void types_dump(Buf *out, Program *p);
void types_dump_file(Buf *out, Node *file);   // the part of one checked file

#endif
