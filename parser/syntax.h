// syntax.h: what the grammar actions (parser.y) use; internal to parser/.
//
// The grammar stays thin: every action is one call that builds a node. The
// few places where Go's syntax cannot be decided by an LALR(1) grammar are
// parsed loosely and reinterpreted here, the way gc's parser does it
// (cmd/compile/internal/syntax/parser.go): parameter lists, statement
// headers, type switch guards and implicit constant repetition.
#ifndef MGC_SYNTAX_H
#define MGC_SYNTAX_H

#include "lexer/lexer.h"
#include "parser/ast.h"

// Parser is the state of one parse (no globals: the parser is pure).
typedef struct Parser {
    LexState lex;
    void *scanner;             // yyscan_t
    Node *file;                // the result
    int syntax_errors;         // gc's p.first != nil
    int last_syntax_line;      // gc: at most one syntax error per line
    Pos last_other_pos;        // gc: equal non-syntax errors on a line are reported once
    const char *last_other_msg;
    NodeList const_prev;       // the last const spec's values (implicit repetition)
    Node *const_prev_type;
    int iota;
    struct ConstGroup *outer;  // the groups this one is nested in (a const in a func literal)
} Parser;

// ---- Errors -----------------------------------------------------------------

// syntax_error reports "syntax error: msg" unless this line already has one
// (gc's rule), as gc's errorAt/syntaxErrorAt do.
void syntax_error(Parser *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

// parse_error reports a non-syntax error gc's parser gives (e.g. "expression in
// defer must be function call"), once per line and message.
void parse_error(Parser *p, Pos pos, const char *msg);

// unsupported reports a construct outside mini-Go: "<what> not supported by mgc".
void unsupported(Parser *p, Pos pos, const char *what);

// ---- Node building ----------------------------------------------------------

NodeList list1(Node *n);
NodeList list_add(NodeList l, Node *n);
NodeList list_cons(Node *n, NodeList rest);
Node *node_clone(Node *n);

// make_field builds a FIELD: names (may be empty), a type, a struct tag.
Node *make_field(Pos pos, NodeList names, Node *type, Node *tag);

// make_func_type builds TYPE_FUNC from raw parameter and result lists
// (see fix_params).
Node *make_func_type(Parser *p, Pos pos, NodeList params, NodeList results);

// fix_params turns a loosely parsed parameter list, where each entry is a
// FIELD with at most one name, into Go's meaning (= gc's paramList):
// `a, b int` groups names under the next type; without any name, lone names
// are types. Mixed lists are reported ("mixed named and unnamed parameters").
NodeList fix_params(Parser *p, NodeList raw);

// make_decl_const builds one const spec, copying the previous spec's type and
// values when it has neither (implicit repetition), and numbers it for iota.
Node *make_decl_const(Parser *p, Pos pos, NodeList names, Node *type, NodeList values, bool has_values);
void const_group_start(Parser *p);
void const_group_push(Parser *p);  // a const declaration inside a function body
void const_group_pop(Parser *p);

// make_call builds f(args) and marks a trailing `...`.
Node *make_call(Node *fn, NodeList args, bool ellipsis, Pos lparen, Pos end);

// ---- Statements with headers ------------------------------------------------

// A header as parsed: `init; cond` or `init; cond; post` (simple statements).
typedef struct Header {
    Node *init, *cond, *post;
    Pos semi_pos;        // the first ';', for "missing condition" messages
    const char *semi_lit;
    int parts;           // 1, 2 or 3 simple-statement slots
} Header;

Node *make_if(Parser *p, Pos pos, Header h, Node *body, Node *els);
Node *make_for(Parser *p, Pos pos, Header h, Node *body);
Node *make_switch(Parser *p, Pos pos, Header h, NodeList clauses, Pos lbrace);
Node *make_go_defer(Parser *p, NodeKind kind, Pos pos, Node *call);

// source_text returns the source between two positions (for messages that
// quote code, e.g. "cannot use x := 1 as value").
const char *source_text(Parser *p, Pos from, Pos to);

#endif
