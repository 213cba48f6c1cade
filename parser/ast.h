// ast.h: the abstract syntax tree of mini-Go, the parser's contract.
//
// One tagged Node for every construct (chibicc style). Go syntax puts types and
// expressions in the same places (`[]int{1}`, `T(x)`, `x.(T)`), so type syntax
// is made of Nodes too (TYPE_*). Each kind's comment shows the Go syntax; the
// fields a kind uses are listed beside it. The type checker fills in the
// "Filled by typecheck" fields; the parser leaves them zero.
#ifndef MGC_AST_H
#define MGC_AST_H

#include "../common/common.h"

struct Type;    // typecheck/types.h
struct Object;  // typecheck/types.h: a declared entity (var, const, type, func, ...)
struct ConstValue;
struct Selection;

typedef enum NodeKind {
    NODE_BAD,  // placeholder after a syntax error

    // ---- Expressions ----
    EXPR_IDENT,         // x                   name
    EXPR_INT_LIT,       // 42 0x2A 0o17 0b1 1_000   lit
    EXPR_FLOAT_LIT,     // 1.5 .5 1e9 0x1p-2        lit
    EXPR_IMAG_LIT,      // 2i                  lit (complex numbers: rejected)
    EXPR_RUNE_LIT,      // 'a' '\n' '\u00e9'   lit, rune_value
    EXPR_STRING_LIT,    // "a\n" `raw`         lit, str (decoded bytes), str_len
    EXPR_COMPOSITE,     // T{a, k: v}          type (may be NULL when elided), list
    EXPR_KEY_VALUE,     // k: v (inside T{})   lhs = key, rhs = value
    EXPR_FUNC_LIT,      // func(p) r { body }  type (TYPE_FUNC), body
    EXPR_PAREN,         // (x)                 lhs
    EXPR_SELECTOR,      // x.name              lhs, name
    EXPR_INDEX,         // x[i]                lhs, rhs
    EXPR_SLICE,         // x[lo:hi:max]        lhs, lo, hi, max (each may be NULL), slice3
    EXPR_TYPE_ASSERT,   // x.(T); x.(type)     lhs, type (NULL for .(type))
    EXPR_CALL,          // f(a, b...)          lhs, list, has_ellipsis
    EXPR_UNARY,         // +x -x !x ^x *x &x <-x   op, lhs
    EXPR_BINARY,        // x op y              op, lhs, rhs
    EXPR_CONV_IFACE,    // x used as an interface value of type ty (never parsed: the
                        // conversions Go's assignability implies, added by
                        // codegen/implicit.c as gc's typecheck adds OCONVIFACE)   lhs
    EXPR_CALL_RESULT,   // the index-th result of the multi-value call lhs (never parsed:
                        // codegen/tuple.c spreads f(g()) into one argument per result)

    // ---- Type syntax ----
    TYPE_ARRAY,         // [N]T, [...]T        len (NULL for [...]), elem, ellipsis_len
    TYPE_SLICE,         // []T                 elem
    TYPE_POINTER,       // *T (only where a type is certain; `*x` is EXPR_UNARY)   elem
    TYPE_MAP,           // map[K]V             key, elem
    TYPE_CHAN,          // chan T, <-chan T, chan<- T   elem, chan_dir (rejected)
    TYPE_FUNC,          // func(params) results     params, results (FIELD lists)
    TYPE_STRUCT,        // struct { fields }   fields (FIELD list)
    TYPE_INTERFACE,     // interface { M(); E }     fields (FIELD: methods and embeds)
    TYPE_ELLIPSIS,      // ...T as the last parameter type   elem

    // FIELD is one entry of a parameter list, struct or interface:
    //   names (may be empty), type, tag (struct only), embedded (struct/interface
    //   embedding: names empty). An interface method is a FIELD with one name and
    //   a TYPE_FUNC type.
    FIELD,

    // ---- Statements ----
    STMT_EMPTY,         // ;
    STMT_EXPR,          // f()                 lhs
    STMT_ASSIGN,        // a, b = x, y; a += x   op (0 for =, else the binary op), lhs_list, rhs_list
    STMT_DEFINE,        // a, b := x, y        lhs_list, rhs_list
    STMT_INCDEC,        // x++ x--             op (OP_ADD or OP_SUB), lhs
    STMT_SEND,          // ch <- v (rejected)  lhs, rhs
    STMT_DECL,          // var/const/type inside a function   decl
    STMT_BLOCK,         // { ... }             list
    STMT_IF,            // if init; cond { } else ...   init, cond, body, els
    STMT_FOR,           // for init; cond; post { }     init, cond, post, body
    STMT_RANGE,         // for k, v := range x { }     key, value, define, rhs (the range operand), body
    STMT_SWITCH,        // switch init; tag { clauses }  init, tag_expr (may be NULL), list (CASE_CLAUSE)
    STMT_TYPE_SWITCH,   // switch init; v := x.(type) { }  init, name (bound var or NULL), name_pos, tag_expr (x), list
    CASE_CLAUSE,        // case a, b: stmts / default:  list (exprs or types; empty = default), body (STMT_BLOCK)
    STMT_SELECT,        // select { } (rejected)
    STMT_RETURN,        // return a, b         list
    STMT_BREAK,         // break [L]           label, name_pos (the label's position)
    STMT_CONTINUE,      // continue [L]        label, name_pos
    STMT_GOTO,          // goto L              label, name_pos
    STMT_FALLTHROUGH,   // fallthrough
    STMT_LABELED,       // L: stmt             label, body
    STMT_GO,            // go f() (rejected)   lhs
    STMT_DEFER,         // defer f()           lhs

    // ---- Declarations ----
    DECL_IMPORT,        // import name "path"  name (alias or NULL), str (path)
    DECL_VAR,           // var a, b T = x, y   names, type, list (values)
    DECL_CONST,         // const a, b T = x, y names, type, list, iota; implicit when copied from the previous spec
    DECL_TYPE,          // type T U; type T = U     name, type, is_alias, tparams (rejected when set)
    DECL_FUNC,          // func (r R) Name(p) res { }  recv (FIELD or NULL), name, type (TYPE_FUNC), body (NULL if none)
    DECL_GROUP,         // var ( ... ) etc.    list of DECL_*

    FILE_NODE,          // package name; imports; decls   name, list (imports), decls
} NodeKind;

// Operators, written as gc writes them in messages.
typedef enum Op {
    OP_NONE,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_REM,            // + - * / %
    OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_ANDNOT,  // & | ^ << >> &^
    OP_LAND, OP_LOR,                                   // && ||
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,          // == != < <= > >=
    OP_NOT, OP_ADDR, OP_DEREF, OP_RECV,                // ! & * <- (unary)
} Op;

const char *op_string(Op op);  // "+", "&^", "<-", ...

typedef struct Node Node;

// NodeList is a growable array of nodes.
typedef struct NodeList {
    Node **items;
    int len;
    int cap;
} NodeList;

void nodelist_push(NodeList *l, Node *n);

// ast_each_child calls visit on each non-NULL node directly under n that is
// not type syntax: statements, expressions and declarations (the single
// children, then the lists), in a fixed order.
typedef void AstVisit(Node *child, void *ctx);
void ast_each_child(Node *n, AstVisit *visit, void *ctx);

struct Node {
    NodeKind kind;
    Pos pos;           // where gc reports errors about this node
    Pos end;           // just past the node's last byte (a block's `}` is at end.col - 1)

    // Operator-shaped nodes: unary, binary, assign-op, inc/dec.
    Op op;
    Node *lhs;
    Node *rhs;

    // Literals.
    const char *lit;        // the literal's source text, as written
    const char *str;        // a string literal's decoded bytes (may hold NUL)
    size_t str_len;
    int32_t rune_value;     // a rune literal's value

    // Names: identifiers, selectors, labels, declared names.
    const char *name;
    Pos name_pos;
    const char *label;
    NodeList names;         // FIELD, DECL_VAR, DECL_CONST: the declared names (EXPR_IDENT nodes)

    // Types and composite parts.
    Node *type;             // declared or literal type
    Node *elem;             // TYPE_ARRAY/SLICE/POINTER/MAP/CHAN/ELLIPSIS
    Node *key;              // TYPE_MAP; STMT_RANGE key
    Node *len;              // TYPE_ARRAY length (NULL for [...]T)
    NodeList fields;        // TYPE_STRUCT, TYPE_INTERFACE
    NodeList params;        // TYPE_FUNC
    NodeList results;       // TYPE_FUNC
    const char *tag;        // FIELD: struct tag (parsed and ignored)
    bool embedded;          // FIELD: embedded field / embedded interface
    bool ellipsis_len;      // TYPE_ARRAY: [...]T
    int chan_dir;           // TYPE_CHAN: 0 both, 1 send-only, 2 receive-only

    // Slicing and calls.
    Node *lo, *hi, *max;
    bool slice3;            // x[a:b:c]
    bool has_ellipsis;      // f(a, b...)
    int index;              // EXPR_CALL_RESULT: which result of the call

    // Statements.
    Node *init;
    Node *cond;
    Node *post;
    Node *body;
    Node *els;
    Node *tag_expr;         // STMT_SWITCH tag, STMT_TYPE_SWITCH operand
    Node *value;            // STMT_RANGE value
    bool define;            // STMT_RANGE with :=
    NodeList list;          // blocks, call args, composite elements, case exprs, return values, ...
    NodeList lhs_list;      // assignments
    NodeList rhs_list;

    // Declarations.
    Node *decl;             // STMT_DECL
    Node *recv;             // DECL_FUNC receiver FIELD
    NodeList decls;         // FILE_NODE
    NodeList tparams;       // type parameters (rejected: generics are not supported)
    bool is_alias;          // DECL_TYPE: type A = B
    bool implicit;          // DECL_CONST: values copied from the previous spec
    int iota;               // DECL_CONST: the spec's index in its group

    // Filled by typecheck.
    struct Type *ty;            // an expression's type (or the denoted type for type syntax)
    struct Object *obj;         // the entity an identifier or declared name refers to
    struct ConstValue *cval;    // constant value, when the expression is constant
    int flags;                  // typecheck/codegen annotations (see typecheck.h)
    struct Selection *sel;      // EXPR_SELECTOR on a value or type: what it selects

    // Filled by inline/cost.c.
    bool can_inline;            // EXPR_FUNC_LIT: gc would inline a direct call of it
    int inl_cost;               // EXPR_FUNC_LIT: its cost as gc's inliner counts it

    // Filled by escape/: an allocation (&T{}, new, a literal's backing array, make
    // with a constant size, a closure, a boxed interface value, a variadic call's
    // slice) that never outlives its frame, so it is built in a frame slot.
    bool stack_alloc;
    const char *esc_what;       // how -m names it ("&T{...}"), for its inlined copies

    // Appended by the parser. `pos` is the node's START (leftmost token), where
    // types2 reports most errors; op_pos is the position of the node's own
    // token, which gc's syntax tree uses as its position: the operator of
    // EXPR_BINARY/EXPR_UNARY/STMT_ASSIGN/STMT_DEFINE/STMT_INCDEC/STMT_SEND, the
    // `(` of EXPR_CALL, the `[` of EXPR_INDEX/EXPR_SLICE, the `.` of
    // EXPR_TYPE_ASSERT, the `{` of EXPR_COMPOSITE, the `:` of EXPR_KEY_VALUE,
    // and the `:=` of a type switch's `v := x.(type)`.
    Pos op_pos;
};

// Constructors: every node starts with a kind and a position.
Node *new_node(NodeKind kind, Pos pos);
Node *new_ident(const char *name, Pos pos);
Node *new_unary(Op op, Node *x, Pos pos);
Node *new_binary(Op op, Node *x, Node *y, Pos pos);

// ast_dump prints a readable tree with positions (mgc dump -phase=ast).
void ast_dump(Buf *out, Node *file);

const char *node_kind_name(NodeKind kind);

#endif
