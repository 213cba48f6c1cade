// library.c: the library packages a program imports (LANGUAGE.md, "Library").
//
// Each package is declared in Go syntax by a stub file, lib/<path>.go, which
// the driver finds and parses (PackageLoader). The stub is checked by the same
// code as package main, in a Checker of its own, before the importing package
// goes on: its functions, types, methods, constants and variables are real Go
// declarations. A function without a body is implemented in C in runtime/
// under its Go symbol name (`fmt.Println`); one with a body is compiled with
// the program. docs/LOWERING.md, "Library packages", says how to add one.
#include "check.h"

#include <string.h>

// The packages a mini-Go program may import.
static const char *const supported_imports[] = {
    "fmt", "errors", "strings", "strconv", "os", "math", "math/bits", "math/rand",
    "sort", "unicode/utf8", "io", "bufio", "bytes", "unicode",
    "hash", "hash/fnv", "hash/crc32", "crypto/sha256", "crypto/md5",
    "encoding/hex", "encoding/base64", "time", "regexp",
    "sync", "sync/atomic", "runtime"};

// Packages only the library imports: they give the library's types the
// package Go gives them (%T of os.Open's error is *fs.PathError, of its
// errno syscall.Errno, of regexp.Compile's error *syntax.Error).
static const char *const internal_imports[] = {"io/fs", "syscall", "internal/oserror",
                                               "regexp/syntax"};

const char *package_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

// is_exported: Go spec: Exported identifiers (ASCII initials).
bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

static bool in_list(const char *path, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(path, list[i]) == 0)
            return true;
    return false;
}

// is_supported_import: may the package being checked import path?
static bool is_supported_import(Checker *c, const char *path) {
    if (in_list(path, supported_imports, sizeof supported_imports / sizeof *supported_imports))
        return true;
    return strcmp(c->p->path, "main") != 0 &&
           in_list(path, internal_imports, sizeof internal_imports / sizeof *internal_imports);
}

void add_package(Program *prog, Package *p) {
    vec_append(&prog->files, &p->files);
    vec_append(&prog->funcs, &p->funcs);
    vec_append(&prog->globals, &p->globals);
    vec_append(&prog->types, &p->types);
}

// check_library checks the stub files of package p with a Checker of its own
// that shares the universe and the program. The packages it imports are
// checked (and added to prog->packages) first, so p comes after them.
static void check_library(Checker *c, Package *p) {
    Checker lc = {.prog = c->prog, .p = p, .load = c->load, .universe = c->universe};
    lc.scope = c->universe;
    p->state = 1;
    collect_package(&lc, &p->files);
    check_package_bodies(&lc);
    p->state = 2;
    add_package(c->prog, p);
    vec_push(&c->prog->packages, p);
}

// import_package returns the checked library package `path`, loading it on
// first import; NULL if mini-Go does not offer it, or (`known`) does not offer
// it yet: LANGUAGE.md lists it but lib/ has no stub for it.
Package *import_package(Checker *c, const char *path, bool *known) {
    *known = is_supported_import(c, path);
    if (!*known)
        return NULL;
    for (int i = 0; i < c->prog->packages.len; i++) {
        Package *p = VEC_AT(&c->prog->packages, i);
        if (strcmp(p->path, path) == 0)
            return p;
    }
    Vec files = c->load ? c->load(path) : (Vec){0};
    if (files.len == 0)
        return NULL;
    Package *p = NEW(Package);
    p->path = path;
    p->name = package_name(path);
    p->files = files;
    check_library(c, p);
    return p;
}

// offered lists the exported names of a package's block, for the error on a
// member mini-Go does not have: "Errorf, Fprint, ...".
static const char *offered(Package *p) {
    Buf b = {0};
    for (int i = 0; i < p->scope->objs.len; i++) {
        Object *o = VEC_AT(&p->scope->objs, i);
        if (o->kind != OBJ_PACKAGE && is_exported(o->name))
            buf_printf(&b, "%s%s", b.len ? ", " : "", o->name);
    }
    return buf_cstr(&b);
}

// check_package_member checks the qualified identifier pkg.Name (Go spec:
// Qualified identifiers) and turns the selector node into an identifier
// denoting the member, spelled "pkg.Name", so that codegen treats fmt.Println
// like any other function name. A lower-case name is not exported: gc says
// "errorString not exported by package errors" for one its export data has
// (like the stub's helpers) and "undefined: fmt.println" for the others; an
// exported name the stub does not declare is one mini-Go does not offer.
void check_package_member(Checker *c, Operand *x, Node *e, Object *pkg) {
    pkg->used = true;
    e->lhs->obj = pkg;
    x->mode = MODE_INVALID;
    if (pkg->unsupported)
        return;
    Package *p = pkg->package;
    Object *o = is_exported(e->name) ? scope_lookup_local(p->scope, e->name) : NULL;
    if (!o && is_exported(e->name)) {
        error_at(e->name_pos, "%s.%s is not supported by mgc (package %s offers %s)",
                 pkg->name, e->name, p->path, offered(p));
        return;
    }
    if (!o) {
        o = scope_lookup_local(p->scope, e->name);
        if (o && o->kind != OBJ_PACKAGE)
            error_at(e->name_pos, "name %s not exported by package %s", e->name, p->name);
        else
            error_at(e->name_pos, "undefined: %s.%s", pkg->name, e->name);
        return;
    }
    e->pos = expr_start(e);
    e->kind = EXPR_IDENT;
    e->name = arena_printf("%s.%s", pkg->name, e->name);
    e->lhs = NULL;
    x->expr = e;
    operand_of_object(c, x, e, o);
}
