// typecheck.c: the checker's entry point and `mgc dump -phase=types`.
#include "check.h"

#include <string.h>

// check_program checks package main in three passes, as types2 does: collect
// every package-level name, resolve constants, variables and signatures, then
// check function bodies and compute the initialization order.
Program *check_program(Vec *files, PackageLoader load) {
    Checker c = {.load = load};
    c.prog = NEW(Program);
    Package *main_pkg = NEW(Package);
    main_pkg->path = main_pkg->name = "main";
    main_pkg->files = *files;
    main_pkg->state = 1;
    c.p = main_pkg;
    init_universe(&c);
    collect_package(&c, files);
    check_package_bodies(&c);
    add_package(c.prog, main_pkg);
    c.prog->var_inits = main_pkg->var_inits;
    c.prog->inits = main_pkg->inits;
    bool type_errors = error_count() > 0;
    for (int i = 0; i < c.late_errors.len && !type_errors; i++) {
        LateError *e = VEC_AT(&c.late_errors, i);
        error_at(e->pos, "%s", e->msg);
    }
    return c.prog;
}

// ---- The types dump ----------------------------------------------------------------

static void dump_node(Buf *out, Node *n, int depth);

// dump_type_decl writes a declared type with its layout as gc computes it on
// amd64: size and alignment, and each struct field's offset.
static void dump_type_decl(Buf *out, Node *n, int depth) {
    Type *t = n->obj->type;
    Type *u = underlying(t);
    buf_printf(out, "%*s%d:%d  type %s  %s  size %lld align %d\n", depth * 2, "", n->pos.line,
               n->pos.col, n->name, type_string(u), (long long)t->size, t->align);
    if (u->kind != TY_STRUCT)
        return;
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = VEC_AT(&u->fields, i);
        buf_printf(out, "%*s  field %s  offset %lld\n", depth * 2, "", f->name, (long long)f->offset);
    }
}

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
        buf_printf(out, "%d:%d  func %s%s  %s\n", n->pos.line, n->pos.col,
                   n->recv && n->recv->ty ? arena_printf("(%s) ", type_string(n->recv->ty)) : "",
                   n->name, n->ty ? type_string(n->ty) : "?");
        depth++;
    } else if (n->kind == DECL_TYPE && n->obj && n->obj->type) {
        dump_type_decl(out, n, depth);
    }
    Node *kids[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->body, n->els, n->tag_expr,
                    n->value, n->key, n->decl, n->lo, n->hi, n->max};
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
        if (strcmp(((Node *)VEC_AT(&p->files, i))->name, "main") == 0)  // not the library stubs
            dump_node(out, VEC_AT(&p->files, i), 0);
}

void types_dump_file(Buf *out, Node *file) { dump_node(out, file, 0); }
