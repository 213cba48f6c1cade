/* parser.y: the grammar of mini-Go (the Go spec's syntax; LANGUAGE.md).
 *
 * A thin grammar: actions only build nodes (parser/ast.c, parser/syntax.c).
 * Two places are not LALR(1) in Go and are solved as gc does them:
 *  - parameter lists (`func(a, b int)` vs `func(int, string)`) are parsed as a
 *    list of loose entries and reinterpreted by fix_params;
 *  - a composite literal whose type is a bare (or qualified) name is not
 *    allowed at the top level of an if/for/switch header, where `{` opens the
 *    body (spec "Composite literals", gc's xnest < 0). Header expressions use
 *    the `_nb` ("no brace") copies of the expression rules below, which lack
 *    `T{...}`; inside any bracket the full rules apply again.
 * Syntax errors are worded by yyreport_syntax_error (at the end) in gc's form.
 */
%code requires {
#include "parser/syntax.h"
}

%code provides {
int yylex(YYSTYPE *yylval_param, YYLTYPE *yylloc_param, void *yyscanner);
void yyerror(YYLTYPE *loc, void *scanner, Parser *p, const char *msg);
}

%code {
#include <string.h>

// Deep enough for what gc compiles (10,000 nested literals or function
// literals take a few entries per level), shallow enough that the recursive
// walks of the tree fit the compiler's 1 GiB stack (driver/main.c).
#define YYMAXDEPTH 200000

#include "parser/errors.h"

// P is the start of a location, END its end, as Pos values.
#define P(l) ((Pos){p->lex.file, (l).first_line, (l).first_column})
#define END(l) ((Pos){p->lex.file, (l).last_line, (l).last_column})

// N makes a node spanning location l.
static Node *N(Parser *p, NodeKind kind, YYLTYPE l) {
    Node *n = new_node(kind, P(l));
    n->end = END(l);
    return n;
}

static Node *ident(Parser *p, const char *name, YYLTYPE l) {
    Node *n = new_ident(name, P(l));
    n->end = END(l);
    return n;
}

static Node *binary(Parser *p, Op op, Node *x, Node *y, YYLTYPE whole, YYLTYPE opl) {
    Node *n = new_binary(op, x, y, P(whole));
    n->op_pos = P(opl);
    n->end = END(whole);
    return n;
}

static Node *unary(Parser *p, Op op, Node *x, YYLTYPE whole) {
    Node *n = new_unary(op, x, P(whole));
    n->op_pos = P(whole);
    n->end = END(whole);
    return n;
}

// with sets a node's child fields in one line of the grammar.
static Node *with_lr(Node *n, Node *l, Node *r) { n->lhs = l; n->rhs = r; return n; }
static Node *with_elem(Node *n, Node *elem) { n->elem = elem; return n; }
static Node *with_list(Node *n, NodeList l) { n->list = l; return n; }
static Node *with_type(Node *n, Node *t) { n->type = t; return n; }
static Node *with_fields(Node *n, NodeList f) { n->fields = f; return n; }
static Node *with_name(Node *n, const char *name, Pos pos) { n->name = name; n->name_pos = pos; return n; }
static Node *with_label(Node *n, const char *label) { n->label = label; return n; }

static Node *composite(Parser *p, Node *type, NodeList elems, YYLTYPE whole, YYLTYPE lbrace) {
    Node *n = with_list(with_type(N(p, EXPR_COMPOSITE, whole), type), elems);
    n->op_pos = P(lbrace);
    return n;
}

static Node *array_type(Parser *p, Node *len, bool ellipsis, Node *elem, YYLTYPE l) {
    Node *n = with_elem(N(p, len || ellipsis ? TYPE_ARRAY : TYPE_SLICE, l), elem);
    n->len = len;
    n->ellipsis_len = ellipsis;
    return n;
}

static Node *map_type(Parser *p, Node *key, Node *elem, YYLTYPE l) {
    Node *n = with_elem(N(p, TYPE_MAP, l), elem);
    n->key = key;
    return n;
}

static Node *chan_type(Parser *p, int dir, Node *elem, YYLTYPE l) {
    Node *n = with_elem(N(p, TYPE_CHAN, l), elem);
    n->chan_dir = dir;
    return n;
}

static Node *slice_expr(Parser *p, Node *x, Node *lo, Node *hi, Node *max, bool three, YYLTYPE whole, YYLTYPE lbrack) {
    Node *n = N(p, EXPR_SLICE, whole);
    n->lhs = x, n->lo = lo, n->hi = hi, n->max = max, n->slice3 = three;
    n->op_pos = P(lbrack);
    return n;
}

// slice3_expr is x[lo:hi:max], whose hi and max are required (= gc's parser,
// which reports them at the second colon and at the bracket).
static Node *slice3_expr(Parser *p, Node *x, Node *lo, Node *hi, Node *max, YYLTYPE whole,
                         YYLTYPE lbrack, YYLTYPE colon2, YYLTYPE rbrack) {
    if (!hi)
        error_at(P(colon2), "middle index required in 3-index slice");
    if (!max)
        error_at(P(rbrack), "final index required in 3-index slice");
    return slice_expr(p, x, lo, hi, max, true, whole, lbrack);
}

static Node *selector(Parser *p, Node *x, const char *name, YYLTYPE whole, YYLTYPE namel) {
    Node *n = with_name(N(p, EXPR_SELECTOR, whole), name, P(namel));
    n->lhs = x;
    return n;
}

static Node *assert_expr(Parser *p, Node *x, Node *type, YYLTYPE whole, YYLTYPE dot) {
    Node *n = with_type(N(p, EXPR_TYPE_ASSERT, whole), type);
    n->lhs = x;
    n->op_pos = P(dot);
    return n;
}

static Node *index_expr(Parser *p, Node *x, Node *i, YYLTYPE whole, YYLTYPE lbrack) {
    Node *n = with_lr(N(p, EXPR_INDEX, whole), x, i);
    n->op_pos = P(lbrack);
    return n;
}

static Node *literal_operand(Parser *p, Node *lit) {
    if (lit->kind == EXPR_IMAG_LIT)
        unsupported(p, lit->pos, "complex numbers are");
    return lit;
}

static Node *call(Parser *p, Node *fn, NodeList args, bool dots, YYLTYPE whole, YYLTYPE lparen) {
    return make_call(fn, args, dots, P(lparen), END(whole));
}

// assign builds `lhs op= rhs`, `lhs = rhs` and `lhs := rhs` statements.
static Node *assign(Parser *p, NodeKind kind, Op op, NodeList lhs, NodeList rhs, YYLTYPE whole, YYLTYPE opl) {
    Node *n = N(p, kind, whole);
    n->op = op;
    n->lhs_list = lhs;
    n->rhs_list = rhs;
    n->op_pos = P(opl);
    return n;
}

static Node *expr_stmt(Parser *p, Node *x, YYLTYPE l) {
    Node *n = N(p, STMT_EXPR, l);
    n->lhs = x;
    return n;
}

static Node *incdec(Parser *p, Node *x, Op op, YYLTYPE whole, YYLTYPE opl) {
    Node *n = N(p, STMT_INCDEC, whole);
    n->lhs = x, n->op = op, n->op_pos = P(opl);
    return n;
}

static Node *send(Parser *p, Node *ch, Node *v, YYLTYPE whole, YYLTYPE arrow) {
    Node *n = with_lr(N(p, STMT_SEND, whole), ch, v);
    n->op_pos = P(arrow);
    return n;
}

static Node *range_clause(Parser *p, NodeList lhs, bool define, Node *x, YYLTYPE whole) {
    Node *n = N(p, STMT_RANGE, whole);
    n->key = lhs.len > 0 ? lhs.items[0] : NULL;
    n->value = lhs.len > 1 ? lhs.items[1] : NULL;
    if (lhs.len > 2)
        syntax_error(p, lhs.items[2]->pos, "range clause permits at most two iteration variables");
    n->define = define;
    n->rhs = x;
    return n;
}

static Node *branch(Parser *p, NodeKind kind, const char *label, YYLTYPE l, YYLTYPE labell) {
    Node *n = with_label(N(p, kind, l), label);
    n->name_pos = label ? P(labell) : n->pos;
    return n;
}

static Node *group(Parser *p, NodeList specs, YYLTYPE l) {
    return with_list(N(p, DECL_GROUP, l), specs);
}

static Node *var_spec(Parser *p, NodeList names, Node *type, NodeList values, YYLTYPE l) {
    Node *n = with_type(N(p, DECL_VAR, l), type);
    n->names = names;
    n->list = values;
    return n;
}

static Node *type_spec(Parser *p, const char *name, YYLTYPE namel, Node *type, bool alias, NodeList tparams, YYLTYPE l) {
    Node *n = with_type(with_name(N(p, DECL_TYPE, l), name, P(namel)), type);
    n->is_alias = alias;
    n->tparams = tparams;
    return n;
}

static Node *func_decl(Parser *p, Node *recv, const char *name, YYLTYPE namel, NodeList tparams, Node *sig, Node *body, YYLTYPE l) {
    Node *n = with_type(with_name(N(p, DECL_FUNC, l), name, P(namel)), sig);
    n->recv = recv;
    n->tparams = tparams;
    n->body = body;
    return n;
}

// receiver builds a method's receiver from its (loose) parameter list.
static Node *receiver(Parser *p, NodeList raw, YYLTYPE l) {
    NodeList fields = fix_params(p, raw);
    if (fields.len == 0) {
        syntax_error(p, P(l), "method has no receiver");
        return NULL;
    }
    if (fields.len > 1 || fields.items[0]->names.len > 1)
        syntax_error(p, P(l), "method has multiple receivers");
    return fields.items[0];
}

static void add_import(Parser *p, const char *name, YYLTYPE namel, Node *path, YYLTYPE l) {
    Node *n = with_name(N(p, DECL_IMPORT, l), name, P(namel));
    if (path->kind != EXPR_STRING_LIT)
        syntax_error(p, path->pos, "import path must be a string");
    n->str = path->str;
    n->str_len = path->str_len;
    n->lit = path->lit;
    nodelist_push(&p->file->list, n);
}

static void add_decl(Parser *p, Node *decl) {
    if (p->file && decl)
        nodelist_push(&p->file->decls, decl);
}

static Node *decl_stmt(Parser *p, Node *decl, YYLTYPE l) {
    Node *n = N(p, STMT_DECL, l);
    n->decl = decl;
    return n;
}

static Node *labeled(Parser *p, const char *label, Node *stmt, YYLTYPE l, YYLTYPE colon) {
    Node *n = with_label(N(p, STMT_LABELED, l), label);
    n->body = stmt ? stmt : new_node(STMT_EMPTY, END(colon));
    return n;
}

static Node *case_clause(Parser *p, NodeList exprs, NodeList stmts, YYLTYPE l, YYLTYPE body) {
    Node *n = with_list(N(p, CASE_CLAUSE, l), exprs);
    n->body = with_list(N(p, STMT_BLOCK, body), stmts);
    n->body->pos = n->pos;  // the clause's implicit block starts at `case` (gc's goto messages)
    return n;
}

static Node *generic_instance(Parser *p, Node *x, NodeList args, YYLTYPE l, YYLTYPE lbrack) {
    unsupported(p, P(lbrack), "generics are");
    Node *n = with_lr(N(p, EXPR_INDEX, l), x, args.len ? args.items[0] : NULL);
    n->list = args;
    return n;
}

static NodeList tparams(Parser *p, NodeList list, YYLTYPE lbrack) {
    unsupported(p, P(lbrack), "generics are");
    return list;
}

// header records an if/for/switch header as parsed; make_if/for/switch unpack it.
static Header header(Parser *p, Node *init, Node *cond, Node *post, int parts, YYLTYPE semi, const char *semi_lit) {
    Header h = {init, cond, post, P(semi), semi_lit, parts};
    return h;
}
}

%define api.pure full
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%parse-param {void *scanner} {Parser *p}
%lex-param {void *scanner}

%union {
    Node *node;
    NodeList list;
    const char *str;
    Op op;
    Header hdr;
}

%token <str> NAME "name"
%token <node> LITERAL "literal"
%token <op> ASSIGN_OP "op=" INCDEC "opop"
%token BREAK "break" CASE "case" CHAN "chan" CONST "const" CONTINUE "continue"
%token DEFAULT "default" DEFER "defer" ELSE "else" FALLTHROUGH "fallthrough"
%token FOR "for" FUNC "func" GO "go" GOTO "goto" IF "if" IMPORT "import"
%token INTERFACE "interface" MAP "map" PACKAGE "package" RANGE "range"
%token RETURN "return" SELECT "select" STRUCT "struct" SWITCH "switch"
%token TYPE "type" VAR "var"
%token SHL "<<" SHR ">>" ANDNOT "&^" ANDAND "&&" OROR "||" ARROW "<-"
%token EQ "==" NE "!=" LE "<=" GE ">=" DEFINE ":=" DOTDOTDOT "..."
%token <str> ';'

/* Resolved shift/reduce choices, each as gc decides it:
 *  NOTPAREN < '(' "<-" : after `func()` a ( or <-chan starts the result.
 *  LOWBRACE < '{' : in a header, `[]T{` starts a composite literal.
 *  NAMEONLY < '[' : in a parameter list, `a [` starts a named parameter's type;
 *  NAMEONLY < '.' : `chan p.T` is a channel of p.T. */
%precedence NOTPAREN
%precedence '(' ARROW
%precedence LOWBRACE
%precedence '{'
%precedence NAMEONLY
%precedence '[' '.'
%left OROR
%left ANDAND
%left EQ NE '<' LE '>' GE
%left '+' '-' '|' '^'
%left '*' '/' '%' SHL SHR '&' ANDNOT

%type <node> topdecl func_decl ofunc_body block stmt simple_stmt simple_stmt_nb osimple_nb
%type <node> if_stmt else_opt for_stmt switch_stmt select_stmt case_clause comm_clause
%type <node> const_decl const_spec var_decl var_spec type_decl type_spec
%type <node> expr uexpr pexpr operand oexpr expr_nb uexpr_nb pexpr_nb operand_nb
%type <node> type type_np type_np_noarrow chan_elem typename comptype struct_type interface_type
%type <node> chan_type_expr signature param field_decl iface_elem constraint cterm cterm_first tc_first
%type <node> elem elem_val otag range_clause
%type <list> stmt_list expr_list expr_list_nb oexpr_list name_list params param_list result
%type <list> elems braced_elems elem_list field_decls field_list iface_elems iface_list case_list comm_list
%type <list> const_specs const_list var_specs var_list type_specs type_list type_args
%type <list> tparams tparam_list tparam_names
%type <hdr> if_header for_header
%type <str> oname

%start file

%%

/* ---- Source file (spec "Source file organization") ---- */

file:
    package_clause imports topdecls
    ;

package_clause:
    PACKAGE NAME ';'    { p->file = N(p, FILE_NODE, @1); p->file->name = $2; p->file->name_pos = P(@2); }
    ;

imports:
    %empty
  | imports IMPORT import_decl ';'
  ;

import_decl:
    import_spec
  | '(' ')'
  | '(' import_list osemi ')'
  ;

import_list:
    import_spec
  | import_list ';' import_spec
  ;

import_spec:
    LITERAL             { add_import(p, NULL, @1, $1, @$); }
  | NAME LITERAL        { add_import(p, $1, @1, $2, @$); }
  | '.' LITERAL         { add_import(p, ".", @1, $2, @$); }
  ;

topdecls:
    %empty
  | topdecls topdecl ';'    { add_decl(p, $2); yyerrok; }
  | topdecls error
  ;

topdecl:
    CONST const_decl    { $$ = $2; const_group_start(p); }
  | VAR var_decl        { $$ = $2; }
  | TYPE type_decl      { $$ = $2; }
  | func_decl
  ;

/* ---- Declarations (spec "Declarations and scope") ---- */

const_decl:
    const_spec
  | '(' ')'                         { $$ = group(p, (NodeList){0}, @$); }
  | '(' const_specs ')'             { $$ = group(p, $2, @$); }
  ;

const_specs: const_list osemi ;
const_list:
    const_spec                      { $$ = list1($1); }
  | const_list ';' const_spec       { $$ = list_add($1, $3); }
  ;

const_spec:
    name_list                       { $$ = make_decl_const(p, P(@$), $1, NULL, (NodeList){0}, false); }
  | name_list '=' expr_list         { $$ = make_decl_const(p, P(@$), $1, NULL, $3, true); }
  | name_list type                  { $$ = make_decl_const(p, P(@$), $1, $2, (NodeList){0}, false); }
  | name_list type '=' expr_list    { $$ = make_decl_const(p, P(@$), $1, $2, $4, true); }
  ;

var_decl:
    var_spec
  | '(' ')'                         { $$ = group(p, (NodeList){0}, @$); }
  | '(' var_specs ')'               { $$ = group(p, $2, @$); }
  ;

var_specs: var_list osemi ;
var_list:
    var_spec                        { $$ = list1($1); }
  | var_list ';' var_spec           { $$ = list_add($1, $3); }
  ;

var_spec:
    name_list type                  { $$ = var_spec(p, $1, $2, (NodeList){0}, @$); }
  | name_list type '=' expr_list    { $$ = var_spec(p, $1, $2, $4, @$); }
  | name_list '=' expr_list         { $$ = var_spec(p, $1, NULL, $3, @$); }
  ;

type_decl:
    type_spec
  | '(' ')'                         { $$ = group(p, (NodeList){0}, @$); }
  | '(' type_specs ')'              { $$ = group(p, $2, @$); }
  ;

type_specs: type_list osemi ;
type_list:
    type_spec                       { $$ = list1($1); }
  | type_list ';' type_spec         { $$ = list_add($1, $3); }
  ;

type_spec:
    NAME type                       { $$ = type_spec(p, $1, @1, $2, false, (NodeList){0}, @$); }
  | NAME '=' type                   { $$ = type_spec(p, $1, @1, $3, true, (NodeList){0}, @$); }
  | NAME tparams type               { $$ = type_spec(p, $1, @1, $3, false, $2, @$); }
  ;

name_list:
    NAME                            { $$ = list1(ident(p, $1, @1)); }
  | name_list ',' NAME              { $$ = list_add($1, ident(p, $3, @3)); }
  ;

/* Type parameters: parsed only to say that generics are not supported. The
 * first constraint may not start with * [ ( so that `type A [N * M]int`
 * stays an array type. */
tparams:
    '[' tparam_list ocomma ']'      { $$ = tparams(p, $2, @1); }
  ;

tparam_list:
    NAME tc_first                   { $$ = list1(make_field(P(@1), list1(ident(p, $1, @1)), $2, NULL)); }
  | NAME ',' tparam_names constraint
                                    { $$ = list1(make_field(P(@1), list_add($3, ident(p, $1, @1)), $4, NULL)); }
  | tparam_list ',' tparam_names constraint
                                    { $$ = list_add($1, make_field(P(@3), $3, $4, NULL)); }
  ;

tparam_names:
    NAME                            { $$ = list1(ident(p, $1, @1)); }
  | tparam_names ',' NAME           { $$ = list_add($1, ident(p, $3, @3)); }
  ;

tc_first:
    cterm_first
  | tc_first '|' cterm              { $$ = $1; }
  ;

cterm_first:
    typename
  | '~' type                        { $$ = $2; }
  | interface_type
  ;

constraint:
    cterm
  | constraint '|' cterm            { $$ = $1; }
  ;

cterm:
    type
  | '~' type                        { $$ = $2; }
  ;

func_decl:
    FUNC NAME signature ofunc_body  { $$ = func_decl(p, NULL, $2, @2, (NodeList){0}, $3, $4, @$); }
  | FUNC NAME tparams signature ofunc_body
                                    { $$ = func_decl(p, NULL, $2, @2, $3, $4, $5, @$); }
  | FUNC '(' params ')' NAME signature ofunc_body
                                    { $$ = func_decl(p, receiver(p, $3, @2), $5, @5, (NodeList){0}, $6, $7, @$); }
  ;

ofunc_body:
    %empty                          { $$ = NULL; }
  | block
  ;

/* ---- Types (spec "Types") ---- */

type:
    type_np
  | '(' type ')'                    { $$ = $2; }
  ;

type_np:
    type_np_noarrow
  | ARROW CHAN type                 { $$ = chan_type(p, 2, $3, @$); }
  ;

type_np_noarrow:
    typename %prec NAMEONLY
  | typename '[' type_args ocomma ']'   { $$ = generic_instance(p, $1, $3, @$, @2); }
  | '*' type                        { $$ = with_elem(N(p, TYPE_POINTER, @$), $2); }
  | comptype
  | interface_type
  | FUNC signature                  { $$ = $2; $$->pos = P(@1); }
  | CHAN chan_elem                  { $$ = chan_type(p, 0, $2, @$); }
  | CHAN ARROW type                 { $$ = chan_type(p, 1, $3, @$); }
  ;

chan_elem:
    type_np_noarrow
  | '(' type ')'                    { $$ = $2; }
  ;

type_args:
    type                            { $$ = list1($1); }
  | type_args ',' type              { $$ = list_add($1, $3); }
  ;

typename:
    NAME %prec NAMEONLY             { $$ = ident(p, $1, @1); }
  | NAME '.' NAME                   { $$ = selector(p, ident(p, $1, @1), $3, @$, @3); }
  ;

/* Types that may open a composite literal (gc's comptype). */
comptype:
    '[' ']' type                    { $$ = array_type(p, NULL, false, $3, @$); }
  | '[' expr ']' type               { $$ = array_type(p, $2, false, $4, @$); }
  | '[' DOTDOTDOT ']' type          { $$ = array_type(p, NULL, true, $4, @$); }
  | MAP '[' type ']' type           { $$ = map_type(p, $3, $5, @$); }
  | struct_type
  ;

struct_type:
    STRUCT '{' field_decls '}'      { $$ = with_fields(N(p, TYPE_STRUCT, @$), $3); }
  ;

field_decls:
    %empty                          { $$ = (NodeList){0}; }
  | field_list osemi
  ;

field_list:
    field_decl                      { $$ = list1($1); }
  | field_list ';' field_decl       { $$ = list_add($1, $3); }
  ;

field_decl:
    name_list type otag             { $$ = make_field(P(@$), $1, $2, $3); }
  | typename otag                   { $$ = make_field(P(@$), (NodeList){0}, $1, $2); $$->embedded = true; }
  | '*' typename otag               { $$ = make_field(P(@$), (NodeList){0}, with_elem(N(p, TYPE_POINTER, @1), $2), $3);
                                      $$->embedded = true; }
  ;

otag:
    %empty                          { $$ = NULL; }
  | LITERAL
  ;

interface_type:
    INTERFACE '{' iface_elems '}'   { $$ = with_fields(N(p, TYPE_INTERFACE, @$), $3); }
  ;

iface_elems:
    %empty                          { $$ = (NodeList){0}; }
  | iface_list osemi
  ;

iface_list:
    iface_elem                      { $$ = list1($1); }
  | iface_list ';' iface_elem       { $$ = list_add($1, $3); }
  ;

iface_elem:
    NAME signature                  { $$ = make_field(P(@$), list1(ident(p, $1, @1)), $2, NULL); }
  | constraint                      { $$ = make_field(P(@$), (NodeList){0}, $1, NULL); $$->embedded = true; }
  ;

/* A signature is a TYPE_FUNC; the caller sets its position. */
signature:
    '(' params ')' result           { $$ = make_func_type(p, P(@$), $2, $4); }
  | '(' error ')' result            { $$ = make_func_type(p, P(@$), (NodeList){0}, $4); }
  ;

result:
    %empty %prec NOTPAREN           { $$ = (NodeList){0}; }
  | type_np                         { $$ = list1(make_field($1->pos, (NodeList){0}, $1, NULL)); }
  | '(' params ')'                  { $$ = $2; }
  ;

params:
    %empty                          { $$ = (NodeList){0}; }
  | param_list ocomma
  ;

param_list:
    param                           { $$ = list1($1); }
  | param_list ',' param            { $$ = list_add($1, $3); }
  ;

/* One loose parameter entry; fix_params gives the list its meaning. */
param:
    type                            { $$ = make_field($1->pos, (NodeList){0}, $1, NULL); }
  | NAME type                       { $$ = make_field(P(@$), list1(ident(p, $1, @1)), $2, NULL); }
  | NAME DOTDOTDOT type             { $$ = make_field(P(@$), list1(ident(p, $1, @1)),
                                                      with_elem(N(p, TYPE_ELLIPSIS, @2), $3), NULL); }
  | DOTDOTDOT type                  { $$ = make_field(P(@$), (NodeList){0}, with_elem(N(p, TYPE_ELLIPSIS, @$), $2), NULL); }
  ;

chan_type_expr:
    CHAN chan_elem                  { $$ = chan_type(p, 0, $2, @$); }
  | CHAN ARROW type                 { $$ = chan_type(p, 1, $3, @$); }
  ;

/* ---- Statements (spec "Statements") ---- */

block:
    '{' stmt_list '}'               { $$ = with_list(N(p, STMT_BLOCK, @$), $2); yyerrok; }
  ;

stmt_list:
    stmt                            { $$ = $1 ? list1($1) : (NodeList){0}; }
  | stmt_list ';' stmt              { $$ = $3 ? list_add($1, $3) : $1; yyerrok; }
  ;

stmt:
    %empty                          { $$ = NULL; }
  | simple_stmt
  | CONST                           { const_group_push(p); }
    const_decl                      { $$ = decl_stmt(p, $3, @$); const_group_pop(p); }
  | VAR var_decl                    { $$ = decl_stmt(p, $2, @$); }
  | TYPE type_decl                  { $$ = decl_stmt(p, $2, @$); }
  | NAME ':' stmt                   { $$ = labeled(p, $1, $3, @$, @2); }
  | GO expr                         { $$ = make_go_defer(p, STMT_GO, P(@$), $2); }
  | DEFER expr                      { $$ = make_go_defer(p, STMT_DEFER, P(@$), $2); }
  | RETURN oexpr_list               { $$ = with_list(N(p, STMT_RETURN, @$), $2); }
  | BREAK oname                     { $$ = branch(p, STMT_BREAK, $2, @$, @2); }
  | CONTINUE oname                  { $$ = branch(p, STMT_CONTINUE, $2, @$, @2); }
  | GOTO NAME                       { $$ = branch(p, STMT_GOTO, $2, @$, @2); }
  | FALLTHROUGH                     { $$ = N(p, STMT_FALLTHROUGH, @$); }
  | block
  | if_stmt
  | for_stmt
  | switch_stmt
  | select_stmt
  | error                           { $$ = N(p, NODE_BAD, @$); }
  ;

oname:
    %empty                          { $$ = NULL; }
  | NAME
  ;

simple_stmt:
    expr                            { $$ = expr_stmt(p, $1, @$); }
  | expr INCDEC                     { $$ = incdec(p, $1, $2, @$, @2); }
  | expr ASSIGN_OP expr             { $$ = assign(p, STMT_ASSIGN, $2, list1($1), list1($3), @$, @2); }
  | expr ARROW expr                 { $$ = send(p, $1, $3, @$, @2); }
  | expr_list '=' expr_list         { $$ = assign(p, STMT_ASSIGN, OP_NONE, $1, $3, @$, @2); }
  | expr_list DEFINE expr_list      { $$ = assign(p, STMT_DEFINE, OP_NONE, $1, $3, @$, @2); }
  ;

simple_stmt_nb:
    expr_nb                         { $$ = expr_stmt(p, $1, @$); }
  | expr_nb INCDEC                  { $$ = incdec(p, $1, $2, @$, @2); }
  | expr_nb ASSIGN_OP expr_nb       { $$ = assign(p, STMT_ASSIGN, $2, list1($1), list1($3), @$, @2); }
  | expr_nb ARROW expr_nb           { $$ = send(p, $1, $3, @$, @2); }
  | expr_list_nb '=' expr_list_nb   { $$ = assign(p, STMT_ASSIGN, OP_NONE, $1, $3, @$, @2); }
  | expr_list_nb DEFINE expr_list_nb
                                    { $$ = assign(p, STMT_DEFINE, OP_NONE, $1, $3, @$, @2); }
  ;

osimple_nb:
    %empty                          { $$ = NULL; }
  | simple_stmt_nb
  ;

if_stmt:
    IF if_header block else_opt     { $$ = make_if(p, P(@1), $2, $3, $4); }
  | IF error block else_opt         { $$ = N(p, NODE_BAD, @$); }
  ;

if_header:
    osimple_nb                      { $$ = header(p, NULL, $1, NULL, 1, @$, NULL); }
  | osimple_nb ';' osimple_nb       { $$ = header(p, $1, $3, NULL, 2, @2, $2); }
  ;

else_opt:
    %empty                          { $$ = NULL; }
  | ELSE if_stmt                    { $$ = $2; }
  | ELSE block                      { $$ = $2; }
  ;

for_stmt:
    FOR for_header block            { $$ = make_for(p, P(@1), $2, $3); }
  | FOR error block                 { $$ = N(p, NODE_BAD, @$); }
  ;

for_header:
    osimple_nb                      { $$ = header(p, NULL, $1, NULL, 1, @$, NULL); }
  | osimple_nb ';' osimple_nb ';' osimple_nb
                                    { $$ = header(p, $1, $3, $5, 3, @2, $2); }
  | range_clause                    { $$ = header(p, NULL, $1, NULL, 1, @$, NULL); }
  ;

range_clause:
    RANGE expr_nb                   { $$ = range_clause(p, (NodeList){0}, false, $2, @$); }
  | expr_list_nb '=' RANGE expr_nb  { $$ = range_clause(p, $1, false, $4, @$); }
  | expr_list_nb DEFINE RANGE expr_nb
                                    { $$ = range_clause(p, $1, true, $4, @$); }
  ;

switch_stmt:
    SWITCH if_header '{' case_list '}'  { $$ = make_switch(p, P(@1), $2, $4, P(@3)); }
  | SWITCH error '{' case_list '}'      { $$ = N(p, NODE_BAD, @$); }
  ;

case_list:
    %empty                          { $$ = (NodeList){0}; }
  | case_list case_clause           { $$ = list_add($1, $2); }
  ;

case_clause:
    CASE expr_list ':' stmt_list    { $$ = case_clause(p, $2, $4, @$, @4); }
  | DEFAULT ':' stmt_list           { $$ = case_clause(p, (NodeList){0}, $3, @$, @3); }
  ;

select_stmt:
    SELECT '{' comm_list '}'        { $$ = with_list(N(p, STMT_SELECT, @$), $3); }
  ;

comm_list:
    %empty                          { $$ = (NodeList){0}; }
  | comm_list comm_clause           { $$ = list_add($1, $2); }
  ;

comm_clause:
    CASE simple_stmt ':' stmt_list  { $$ = case_clause(p, list1($2), $4, @$, @4); }
  | DEFAULT ':' stmt_list           { $$ = case_clause(p, (NodeList){0}, $3, @$, @3); }
  ;

/* ---- Expressions (spec "Expressions") ---- */

expr:
    uexpr
  | expr OROR expr                  { $$ = binary(p, OP_LOR, $1, $3, @$, @2); }
  | expr ANDAND expr                { $$ = binary(p, OP_LAND, $1, $3, @$, @2); }
  | expr EQ expr                    { $$ = binary(p, OP_EQ, $1, $3, @$, @2); }
  | expr NE expr                    { $$ = binary(p, OP_NE, $1, $3, @$, @2); }
  | expr '<' expr                   { $$ = binary(p, OP_LT, $1, $3, @$, @2); }
  | expr LE expr                    { $$ = binary(p, OP_LE, $1, $3, @$, @2); }
  | expr '>' expr                   { $$ = binary(p, OP_GT, $1, $3, @$, @2); }
  | expr GE expr                    { $$ = binary(p, OP_GE, $1, $3, @$, @2); }
  | expr '+' expr                   { $$ = binary(p, OP_ADD, $1, $3, @$, @2); }
  | expr '-' expr                   { $$ = binary(p, OP_SUB, $1, $3, @$, @2); }
  | expr '|' expr                   { $$ = binary(p, OP_OR, $1, $3, @$, @2); }
  | expr '^' expr                   { $$ = binary(p, OP_XOR, $1, $3, @$, @2); }
  | expr '*' expr                   { $$ = binary(p, OP_MUL, $1, $3, @$, @2); }
  | expr '/' expr                   { $$ = binary(p, OP_DIV, $1, $3, @$, @2); }
  | expr '%' expr                   { $$ = binary(p, OP_REM, $1, $3, @$, @2); }
  | expr SHL expr                   { $$ = binary(p, OP_SHL, $1, $3, @$, @2); }
  | expr SHR expr                   { $$ = binary(p, OP_SHR, $1, $3, @$, @2); }
  | expr '&' expr                   { $$ = binary(p, OP_AND, $1, $3, @$, @2); }
  | expr ANDNOT expr                { $$ = binary(p, OP_ANDNOT, $1, $3, @$, @2); }
  ;

uexpr:
    pexpr
  | '+' uexpr                       { $$ = unary(p, OP_ADD, $2, @$); }
  | '-' uexpr                       { $$ = unary(p, OP_SUB, $2, @$); }
  | '!' uexpr                       { $$ = unary(p, OP_NOT, $2, @$); }
  | '^' uexpr                       { $$ = unary(p, OP_XOR, $2, @$); }
  | '*' uexpr                       { $$ = unary(p, OP_DEREF, $2, @$); }
  | '&' uexpr                       { $$ = unary(p, OP_ADDR, $2, @$); }
  | ARROW uexpr                     { $$ = unary(p, OP_RECV, $2, @$); }
  ;

pexpr:
    operand
  | NAME braced_elems               { $$ = composite(p, ident(p, $1, @1), $2, @$, @2); }
  | pexpr '.' NAME braced_elems     { $$ = composite(p, selector(p, $1, $3, @$, @3), $4, @$, @4); }
  | comptype braced_elems           { $$ = composite(p, $1, $2, @$, @2); }
  | pexpr '.' NAME                  { $$ = selector(p, $1, $3, @$, @3); }
  | pexpr '.' '(' type ')'          { $$ = assert_expr(p, $1, $4, @$, @2); }
  | pexpr '.' '(' TYPE ')'          { $$ = assert_expr(p, $1, NULL, @$, @2); }
  | pexpr '[' expr ']'              { $$ = index_expr(p, $1, $3, @$, @2); }
  | pexpr '[' expr ',' expr_list ocomma ']'
                                    { $$ = generic_instance(p, $1, list_cons($3, $5), @$, @2); }
  | pexpr '[' oexpr ':' oexpr ']'   { $$ = slice_expr(p, $1, $3, $5, NULL, false, @$, @2); }
  | pexpr '[' oexpr ':' oexpr ':' oexpr ']'
                                    { $$ = slice3_expr(p, $1, $3, $5, $7, @$, @2, @6, @8); }
  | pexpr '(' ')'                   { $$ = call(p, $1, (NodeList){0}, false, @$, @2); }
  | pexpr '(' expr_list ocomma ')'  { $$ = call(p, $1, $3, false, @$, @2); }
  | pexpr '(' error ')'             { $$ = call(p, $1, (NodeList){0}, false, @$, @2); }
  | pexpr '(' expr_list DOTDOTDOT ocomma ')'
                                    { $$ = call(p, $1, $3, true, @$, @2); }
  ;

operand:
    LITERAL                         { $$ = literal_operand(p, $1); }
  | NAME                            { $$ = ident(p, $1, @1); }
  | '(' expr ')'                    { $$ = with_lr(N(p, EXPR_PAREN, @$), $2, NULL); }
  | FUNC signature block            { $$ = with_type(N(p, EXPR_FUNC_LIT, @$), $2); $$->body = $3; $2->pos = P(@1); }
  | FUNC signature                  { $$ = $2; $$->pos = P(@1); }
  | comptype
  | interface_type
  | chan_type_expr
  ;

/* The header ("no brace") copies: no `T{...}` with a bare type name. */
expr_nb:
    uexpr_nb
  | expr_nb OROR expr_nb            { $$ = binary(p, OP_LOR, $1, $3, @$, @2); }
  | expr_nb ANDAND expr_nb          { $$ = binary(p, OP_LAND, $1, $3, @$, @2); }
  | expr_nb EQ expr_nb              { $$ = binary(p, OP_EQ, $1, $3, @$, @2); }
  | expr_nb NE expr_nb              { $$ = binary(p, OP_NE, $1, $3, @$, @2); }
  | expr_nb '<' expr_nb             { $$ = binary(p, OP_LT, $1, $3, @$, @2); }
  | expr_nb LE expr_nb              { $$ = binary(p, OP_LE, $1, $3, @$, @2); }
  | expr_nb '>' expr_nb             { $$ = binary(p, OP_GT, $1, $3, @$, @2); }
  | expr_nb GE expr_nb              { $$ = binary(p, OP_GE, $1, $3, @$, @2); }
  | expr_nb '+' expr_nb             { $$ = binary(p, OP_ADD, $1, $3, @$, @2); }
  | expr_nb '-' expr_nb             { $$ = binary(p, OP_SUB, $1, $3, @$, @2); }
  | expr_nb '|' expr_nb             { $$ = binary(p, OP_OR, $1, $3, @$, @2); }
  | expr_nb '^' expr_nb             { $$ = binary(p, OP_XOR, $1, $3, @$, @2); }
  | expr_nb '*' expr_nb             { $$ = binary(p, OP_MUL, $1, $3, @$, @2); }
  | expr_nb '/' expr_nb             { $$ = binary(p, OP_DIV, $1, $3, @$, @2); }
  | expr_nb '%' expr_nb             { $$ = binary(p, OP_REM, $1, $3, @$, @2); }
  | expr_nb SHL expr_nb             { $$ = binary(p, OP_SHL, $1, $3, @$, @2); }
  | expr_nb SHR expr_nb             { $$ = binary(p, OP_SHR, $1, $3, @$, @2); }
  | expr_nb '&' expr_nb             { $$ = binary(p, OP_AND, $1, $3, @$, @2); }
  | expr_nb ANDNOT expr_nb          { $$ = binary(p, OP_ANDNOT, $1, $3, @$, @2); }
  ;

uexpr_nb:
    pexpr_nb
  | '+' uexpr_nb                    { $$ = unary(p, OP_ADD, $2, @$); }
  | '-' uexpr_nb                    { $$ = unary(p, OP_SUB, $2, @$); }
  | '!' uexpr_nb                    { $$ = unary(p, OP_NOT, $2, @$); }
  | '^' uexpr_nb                    { $$ = unary(p, OP_XOR, $2, @$); }
  | '*' uexpr_nb                    { $$ = unary(p, OP_DEREF, $2, @$); }
  | '&' uexpr_nb                    { $$ = unary(p, OP_ADDR, $2, @$); }
  | ARROW uexpr_nb                  { $$ = unary(p, OP_RECV, $2, @$); }
  ;

pexpr_nb:
    operand_nb
  | comptype braced_elems           { $$ = composite(p, $1, $2, @$, @2); }
  | pexpr_nb '.' NAME               { $$ = selector(p, $1, $3, @$, @3); }
  | pexpr_nb '.' '(' type ')'       { $$ = assert_expr(p, $1, $4, @$, @2); }
  | pexpr_nb '.' '(' TYPE ')'       { $$ = assert_expr(p, $1, NULL, @$, @2); }
  | pexpr_nb '[' expr ']'           { $$ = index_expr(p, $1, $3, @$, @2); }
  | pexpr_nb '[' expr ',' expr_list ocomma ']'
                                    { $$ = generic_instance(p, $1, list_cons($3, $5), @$, @2); }
  | pexpr_nb '[' oexpr ':' oexpr ']'
                                    { $$ = slice_expr(p, $1, $3, $5, NULL, false, @$, @2); }
  | pexpr_nb '[' oexpr ':' oexpr ':' oexpr ']'
                                    { $$ = slice3_expr(p, $1, $3, $5, $7, @$, @2, @6, @8); }
  | pexpr_nb '(' ')'                { $$ = call(p, $1, (NodeList){0}, false, @$, @2); }
  | pexpr_nb '(' expr_list ocomma ')'
                                    { $$ = call(p, $1, $3, false, @$, @2); }
  | pexpr_nb '(' error ')'          { $$ = call(p, $1, (NodeList){0}, false, @$, @2); }
  | pexpr_nb '(' expr_list DOTDOTDOT ocomma ')'
                                    { $$ = call(p, $1, $3, true, @$, @2); }
  ;

operand_nb:
    LITERAL                         { $$ = literal_operand(p, $1); }
  | NAME                            { $$ = ident(p, $1, @1); }
  | '(' expr ')'                    { $$ = with_lr(N(p, EXPR_PAREN, @$), $2, NULL); }
  | FUNC signature block            { $$ = with_type(N(p, EXPR_FUNC_LIT, @$), $2); $$->body = $3; $2->pos = P(@1); }
  | comptype %prec LOWBRACE
  | interface_type
  | chan_type_expr
  ;

oexpr:
    %empty                          { $$ = NULL; }
  | expr
  ;

expr_list:
    expr                            { $$ = list1($1); }
  | expr_list ',' expr              { $$ = list_add($1, $3); }
  ;

oexpr_list:
    %empty                          { $$ = (NodeList){0}; }
  | expr_list
  ;

expr_list_nb:
    expr_nb                         { $$ = list1($1); }
  | expr_list_nb ',' expr_nb        { $$ = list_add($1, $3); }
  ;

/* Composite literal elements (spec "Composite literals"). */
braced_elems:
    '{' elems '}'                   { $$ = $2; }
  | '{' error '}'                   { $$ = (NodeList){0}; }  /* = gc's p.list: skip to } */
  ;

elems:
    %empty                          { $$ = (NodeList){0}; }
  | elem_list ocomma
  ;

elem_list:
    elem                            { $$ = list1($1); }
  | elem_list ',' elem              { $$ = list_add($1, $3); }
  ;

elem:
    elem_val
  | elem_val ':' elem_val           { $$ = with_lr(N(p, EXPR_KEY_VALUE, @$), $1, $3); $$->op_pos = P(@2); }
  ;

elem_val:
    expr
  | braced_elems                    { $$ = composite(p, NULL, $1, @$, @1); }
  ;

ocomma: %empty | ',' ;
osemi: %empty | ';' ;

%%

/* yyreport_syntax_error hands the parser's knowledge at an error (acceptable
 * tokens, the stack's symbols) to report_syntax_error (errors.c), which words
 * it as gc does. */
static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, Parser *p) {
    (void)scanner;
    yysymbol_kind_t expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS);
    SyntaxContext c = {0};
    c.expected = arena_alloc(sizeof(char *) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++)
        c.expected[c.n_expected++] = yysymbol_name(expected[i]);
    int depth = 1;
    for (yy_state_t *s = ctx->yyssp; *s != 0; s--)
        depth++;
    c.stack = arena_alloc(sizeof(char *) * (size_t)depth);
    for (yy_state_t *s = ctx->yyssp; c.depth < depth; s--)
        c.stack[c.depth++] = yysymbol_name(YY_ACCESSING_SYMBOL(*s));
    c.tok = p->lex.tok;
    c.tok_text = p->lex.tok_text;
    c.tok_is_literal = yypcontext_token(ctx) == YYSYMBOL_LITERAL;
    c.pos = P(*yypcontext_location(ctx));
    report_syntax_error(p, &c);
    return 0;
}

void yyerror(YYLTYPE *loc, void *scanner, Parser *p, const char *msg) {
    (void)scanner;
    (void)msg;  // only bison's "memory exhausted" reaches here
    syntax_error(p, P(*loc), "program too deeply nested");
}
