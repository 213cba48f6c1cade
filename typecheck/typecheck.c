// typecheck.c: the checker's entry point and `mgc dump -phase=types`.
#include "check.h"

// check_program checks package main in three passes, as types2 does: collect
// every package-level name, resolve constants, variables and signatures, then
// check function bodies and compute the initialization order.
Program *check_program(Vec *files) {
    Checker c = {0};
    c.prog = NEW(Program);
    c.prog->files = *files;
    init_universe(&c);
    collect_package(&c, files);
    check_package_bodies(&c);
    return c.prog;
}

// ---- The types dump ----------------------------------------------------------------

static void dump_node(Buf *out, Node *n, int depth);

static void dump_list(Buf *out, NodeList *l, int depth) {
    for (int i = 0; i < l->len; i++)
        dump_node(out, l->items[i], depth);
}

// dump_node writes each typed expression as "line:col  expr  type [= value]",
// indented by nesting, and walks into statements and declarations.
static void dump_node(Buf *out, Node *n, int depth) {
    if (!n)
        return;
    if (n->ty && n->kind >= EXPR_IDENT && n->kind <= EXPR_BINARY) {
        buf_printf(out, "%*s%d:%d  %s  %s", depth * 2, "", n->pos.line, n->pos.col,
                   expr_string(n), type_string(n->ty));
        if (n->cval)
            buf_printf(out, " = %s", const_string_repr(n->cval));
        buf_putc(out, '\n');
        depth++;
    } else if (n->kind == DECL_FUNC) {
        buf_printf(out, "%d:%d  func %s  %s\n", n->pos.line, n->pos.col, n->name,
                   n->ty ? type_string(n->ty) : "?");
        depth++;
    }
    Node *kids[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->body, n->els, n->tag_expr,
                    n->value, n->key, n->decl};
    for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
        dump_node(out, kids[i], depth);
    dump_list(out, &n->list, depth);
    dump_list(out, &n->lhs_list, depth);
    dump_list(out, &n->rhs_list, depth);
    dump_list(out, &n->decls, depth);
    if (n->kind == DECL_VAR || n->kind == DECL_CONST)
        dump_list(out, &n->names, depth);
}

void types_dump(Buf *out, Program *p) {
    for (int i = 0; i < p->files.len; i++)
        dump_node(out, VEC_AT(&p->files, i), 0);
}
