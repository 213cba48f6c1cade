// ast.c: AST constructors, names, and the readable dump (mgc dump -phase=ast).
#include "parser/ast.h"

#include <string.h>

// ---- Constructors -----------------------------------------------------------

Node *new_node(NodeKind kind, Pos pos) {
    Node *n = NEW(Node);
    n->kind = kind;
    n->pos = pos;
    n->end = pos;
    n->op_pos = pos;
    return n;
}

Node *new_ident(const char *name, Pos pos) {
    Node *n = new_node(EXPR_IDENT, pos);
    n->name = name;
    n->name_pos = pos;
    return n;
}

Node *new_unary(Op op, Node *x, Pos pos) {
    Node *n = new_node(EXPR_UNARY, pos);
    n->op = op;
    n->lhs = x;
    return n;
}

Node *new_binary(Op op, Node *x, Node *y, Pos pos) {
    Node *n = new_node(EXPR_BINARY, pos);
    n->op = op;
    n->lhs = x;
    n->rhs = y;
    return n;
}

void ast_each_child(Node *n, AstVisit *visit, void *ctx) {
    Node *children[] = {n->init, n->cond, n->post, n->tag_expr, n->key, n->value, n->lhs,
                        n->rhs, n->lo, n->hi, n->max, n->body, n->els, n->decl};
    for (size_t i = 0; i < sizeof children / sizeof children[0]; i++)
        if (children[i] && !(children[i]->kind >= TYPE_ARRAY && children[i]->kind <= TYPE_ELLIPSIS))
            visit(children[i], ctx);
    NodeList *lists[] = {&n->list, &n->lhs_list, &n->rhs_list, &n->names};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (int i = 0; i < lists[l]->len; i++)
            if (lists[l]->items[i])
                visit(lists[l]->items[i], ctx);
}

void nodelist_push(NodeList *l, Node *n) {
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = arena_alloc(sizeof(Node *) * (size_t)cap);
        if (l->len)
            memcpy(items, l->items, sizeof(Node *) * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

// ---- Names ------------------------------------------------------------------

const char *op_string(Op op) {
    static const char *names[] = {
        [OP_NONE] = "", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_DIV] = "/",
        [OP_REM] = "%", [OP_AND] = "&", [OP_OR] = "|", [OP_XOR] = "^", [OP_SHL] = "<<",
        [OP_SHR] = ">>", [OP_ANDNOT] = "&^", [OP_LAND] = "&&", [OP_LOR] = "||",
        [OP_EQ] = "==", [OP_NE] = "!=", [OP_LT] = "<", [OP_LE] = "<=", [OP_GT] = ">",
        [OP_GE] = ">=", [OP_NOT] = "!", [OP_ADDR] = "&", [OP_DEREF] = "*", [OP_RECV] = "<-",
    };
    if ((unsigned)op >= sizeof names / sizeof names[0])
        return "?";
    return names[op];
}

const char *node_kind_name(NodeKind kind) {
#define K(x) [x] = #x
    static const char *names[] = {
        K(NODE_BAD),        K(EXPR_IDENT),        K(EXPR_INT_LIT),     K(EXPR_FLOAT_LIT),
        K(EXPR_IMAG_LIT),   K(EXPR_RUNE_LIT),     K(EXPR_STRING_LIT),  K(EXPR_COMPOSITE),
        K(EXPR_KEY_VALUE),  K(EXPR_FUNC_LIT),     K(EXPR_PAREN),       K(EXPR_SELECTOR),
        K(EXPR_INDEX),      K(EXPR_SLICE),        K(EXPR_TYPE_ASSERT), K(EXPR_CALL),
        K(EXPR_UNARY),      K(EXPR_BINARY),       K(EXPR_CONV_IFACE),  K(EXPR_CALL_RESULT), K(TYPE_ARRAY),
        K(TYPE_SLICE),      K(TYPE_POINTER),      K(TYPE_MAP),         K(TYPE_CHAN),        K(TYPE_FUNC),
        K(TYPE_STRUCT),     K(TYPE_INTERFACE),    K(TYPE_ELLIPSIS),    K(FIELD),
        K(STMT_EMPTY),      K(STMT_EXPR),         K(STMT_ASSIGN),      K(STMT_DEFINE),
        K(STMT_INCDEC),     K(STMT_SEND),         K(STMT_DECL),        K(STMT_BLOCK),
        K(STMT_IF),         K(STMT_FOR),          K(STMT_RANGE),       K(STMT_SWITCH),
        K(STMT_TYPE_SWITCH), K(CASE_CLAUSE),      K(STMT_SELECT),      K(STMT_RETURN),
        K(STMT_BREAK),      K(STMT_CONTINUE),     K(STMT_GOTO),        K(STMT_FALLTHROUGH),
        K(STMT_LABELED),    K(STMT_GO),           K(STMT_DEFER),       K(DECL_IMPORT),
        K(DECL_VAR),        K(DECL_CONST),        K(DECL_TYPE),        K(DECL_FUNC),
        K(DECL_GROUP),      K(FILE_NODE),
    };
#undef K
    if ((unsigned)kind >= sizeof names / sizeof names[0] || !names[kind])
        return "?";
    return names[kind];
}

// ---- Dump -------------------------------------------------------------------

static void dump(Buf *out, Node *n, int depth, const char *label);

static void dump_list(Buf *out, NodeList *l, int depth, const char *label) {
    for (int i = 0; i < l->len; i++)
        dump(out, l->items[i], depth, label);
}

// dump_quoted writes a decoded string in Go's quoted form.
static void dump_quoted(Buf *out, const char *s, size_t len) {
    buf_putc(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            buf_printf(out, "\\%c", c);
        else if (c == '\n')
            buf_puts(out, "\\n");
        else if (c < 0x20 || c == 0x7F)
            buf_printf(out, "\\x%02x", c);
        else
            buf_putc(out, (char)c);
    }
    buf_putc(out, '"');
}

// dump_detail writes what identifies a node beyond its kind: its name,
// literal, operator and flags.
static void dump_detail(Buf *out, Node *n) {
    if (n->name)
        buf_printf(out, " %s", n->name);
    if (n->label)
        buf_printf(out, " label=%s", n->label);
    if (n->lit && n->kind != DECL_IMPORT)
        buf_printf(out, " %s", n->lit);
    if (n->kind == EXPR_STRING_LIT || n->kind == DECL_IMPORT) {
        buf_puts(out, " value=");
        dump_quoted(out, n->str ? n->str : "", n->str_len);
    }
    if (n->kind == EXPR_RUNE_LIT)
        buf_printf(out, " value=%d", n->rune_value);
    if (n->kind == EXPR_BINARY || n->kind == EXPR_UNARY || n->kind == STMT_INCDEC ||
        (n->kind == STMT_ASSIGN && n->op))
        buf_printf(out, " %s", op_string(n->op));
    if (n->tag)
        buf_printf(out, " tag=%s", n->tag);
    if (n->embedded)
        buf_puts(out, " embedded");
    if (n->ellipsis_len)
        buf_puts(out, " [...]");
    if (n->kind == TYPE_CHAN)
        buf_printf(out, " dir=%d", n->chan_dir);
    if (n->slice3)
        buf_puts(out, " 3-index");
    if (n->has_ellipsis)
        buf_puts(out, " ...");
    if (n->define)
        buf_puts(out, " :=");
    if (n->is_alias)
        buf_puts(out, " alias");
    if (n->kind == DECL_CONST)
        buf_printf(out, " iota=%d%s", n->iota, n->implicit ? " implicit" : "");
}

// dump_children visits every child field; a label says which field when the
// kind alone does not make it clear.
static void dump_children(Buf *out, Node *n, int d) {
    dump(out, n->recv, d, "recv: ");
    dump_list(out, &n->names, d, "name: ");
    dump_list(out, &n->tparams, d, "tparam: ");
    dump(out, n->init, d, "init: ");
    dump(out, n->key, d, "key: ");
    dump(out, n->value, d, "value: ");
    dump(out, n->len, d, "len: ");
    dump(out, n->type, d, "type: ");
    dump(out, n->lhs, d, "");
    dump(out, n->rhs, d, "");
    dump(out, n->lo, d, "lo: ");
    dump(out, n->hi, d, "hi: ");
    dump(out, n->max, d, "max: ");
    dump(out, n->elem, d, "elem: ");
    dump(out, n->cond, d, "cond: ");
    dump(out, n->post, d, "post: ");
    dump(out, n->tag_expr, d, "tag: ");
    dump_list(out, &n->params, d, "param: ");
    dump_list(out, &n->results, d, "result: ");
    dump_list(out, &n->fields, d, "");
    dump_list(out, &n->lhs_list, d, "lhs: ");
    dump_list(out, &n->rhs_list, d, "rhs: ");
    dump_list(out, &n->list, d, "");
    dump(out, n->decl, d, "");
    dump_list(out, &n->decls, d, "");
    dump(out, n->body, d, "body: ");
    dump(out, n->els, d, "else: ");
}

static void dump(Buf *out, Node *n, int depth, const char *label) {
    if (!n)
        return;
    buf_printf(out, "%*s%s%d:%d %s", depth * 2, "", label, n->pos.line, n->pos.col, node_kind_name(n->kind));
    dump_detail(out, n);
    buf_putc(out, '\n');
    dump_children(out, n, depth + 1);
}

void ast_dump(Buf *out, Node *file) {
    dump(out, file, 0, "");
}
