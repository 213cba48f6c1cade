// decl.c: declarations. Package-level names are collected first, so their order
// does not matter (Go spec: Declarations and scope); constants and variables are
// then resolved on first use, and package variables are initialized in
// dependency order (Go spec: Package initialization).
#include "check.h"

#include <string.h>

// The packages a mini-Go program may import, and what mgc offers of them so far.
static const char *const supported_imports[] = {"os"};

static void collect_import(Checker *c, Node *imp) {
    bool known = false;
    for (size_t i = 0; i < sizeof supported_imports / sizeof *supported_imports; i++)
        known |= strcmp(imp->str, supported_imports[i]) == 0;
    if (!known) {
        error_at(imp->pos, "package %s is not yet supported by mgc", imp->str);
        return;
    }
    const char *name = imp->name ? imp->name : imp->str;
    Object *pkg = new_object(OBJ_PACKAGE, name, imp->pos, NULL);
    pkg->pkg_path = imp->str;
    pkg->decl = imp;
    if (strcmp(name, "_") == 0 || strcmp(name, ".") == 0) {
        not_yet(imp->pos, "blank and dot imports are");
        return;
    }
    declare(c, c->pkg, pkg);
    vec_push(&c->imports, pkg);
}

// spec_objects makes the objects a var or const spec declares, one per name.
static Vec spec_objects(Node *spec, bool global) {
    ObjKind kind = spec->kind == DECL_CONST ? OBJ_CONST : OBJ_VAR;
    Vec objs = {0};
    for (int i = 0; i < spec->names.len; i++) {
        Node *id = spec->names.items[i];
        Object *o = new_object(kind, id->name, id->pos, NULL);
        o->decl = spec;
        o->spec = spec;
        o->spec_index = i;
        o->is_global = global;
        if (kind == OBJ_VAR && spec->list.len == spec->names.len)
            o->init_expr = spec->list.items[i];
        id->obj = o;
        vec_push(&objs, o);
    }
    return objs;
}

// collect_value_spec declares the names of a package-level var or const spec.
static void collect_value_spec(Checker *c, Node *spec) {
    Vec objs = spec_objects(spec, true);
    for (int i = 0; i < objs.len; i++) {
        Object *o = VEC_AT(&objs, i);
        declare(c, c->pkg, o);
        if (o->kind == OBJ_VAR)
            vec_push(&c->prog->globals, o);
    }
}

static void collect_func(Checker *c, Node *fn) {
    if (fn->recv) {
        not_yet(fn->pos, "methods are");
        return;
    }
    if (!fn->body) {
        error_at(fn->name_pos, "missing function body");
        return;
    }
    Object *o = new_object(OBJ_FUNC, fn->name, fn->name_pos, NULL);
    o->decl = fn;
    o->is_global = true;
    if (strcmp(fn->name, "init") == 0) {
        vec_push(&c->prog->inits, fn);  // init functions are not declared (Go spec)
        fn->obj = o;
    } else if (strcmp(fn->name, "main") == 0 && (fn->type->params.len || fn->type->results.len)) {
        error_at(fn->name_pos, "func main must have no arguments and no return values");
    } else {
        fn->obj = o;
        declare(c, c->pkg, o);
    }
    vec_push(&c->prog->funcs, fn);
}

static void collect_decl(Checker *c, Node *d) {
    switch (d->kind) {
    case DECL_GROUP:
        for (int i = 0; i < d->list.len; i++)
            collect_decl(c, d->list.items[i]);
        return;
    case DECL_IMPORT: collect_import(c, d); return;
    case DECL_VAR:
    case DECL_CONST: collect_value_spec(c, d); return;
    case DECL_FUNC: collect_func(c, d); return;
    case DECL_TYPE: declare(c, c->pkg, type_spec_object(d)); return;
    default: return;  // NODE_BAD after a syntax error
    }
}

// collect_package declares every package-level name of every file, then gives
// each function its signature.
void collect_package(Checker *c, Vec *files) {
    c->pkg = NEW(Scope);
    c->pkg->parent = c->universe;
    c->scope = c->pkg;
    for (int f = 0; f < files->len; f++) {
        Node *file = VEC_AT(files, f);
        if (strcmp(file->name, "main") != 0)
            not_yet(file->name_pos, "packages other than main are");
        for (int i = 0; i < file->list.len; i++)
            collect_decl(c, file->list.items[i]);
        for (int i = 0; i < file->decls.len; i++)
            collect_decl(c, file->decls.items[i]);
    }
    for (int i = 0; i < c->pkg->objs.len; i++) {
        Object *o = VEC_AT(&c->pkg->objs, i);
        if (o->kind == OBJ_TYPE && o->state != 2)
            resolve_type_name(c, o);
    }
    for (int i = 0; i < c->prog->funcs.len; i++) {
        Node *fn = VEC_AT(&c->prog->funcs, i);
        Type *sig = resolve_type(c, fn->type);
        fn->ty = sig;
        if (fn->obj)
            fn->obj->type = sig;
    }
    if (!scope_lookup_local(c->pkg, "main"))
        error_at((Pos){.file = files->len ? ((Node *)VEC_AT(files, 0))->pos.file : "mgc"},
                 "function main is undeclared in the main package");
}

// ---- Type declarations (Go spec: Type declarations) ------------------------------------

// type_spec_object makes the object a type spec declares. A defined type gets a
// new named type at once (so it can be referred to before it is complete); an
// alias gets its type when it is resolved.
Object *type_spec_object(Node *spec) {
    Object *o = new_object(OBJ_TYPE, spec->name, spec->name_pos, NULL);
    o->decl = spec;
    spec->obj = o;
    if (spec->tparams.len)
        o->state = 2;  // the parser reported generics; leave it invalid
    if (!spec->is_alias) {
        Type *t = NEW(Type);
        t->kind = TY_NAMED;
        t->obj = o;
        t->underlying = ty_invalid;
        o->type = t;
    }
    if (spec->tparams.len)
        o->type = ty_invalid;
    return o;
}

// report_cycle reports the declarations on `path` that refer to each other
// in a loop closing at o, as gc does for recursive types and initialization:
//     invalid recursive type A                initialization loop for x
//         x.go:3:6: A refers to                   x.go:3:5: x refers to
//         x.go:4:6: B refers to                   x.go:5:6: f refers to
//         x.go:3:6: A                             x.go:3:5: x
static void report_cycle(const char *what, Object *o, Vec *path) {
    int from = 0;
    while (VEC_AT(path, from) != o)
        from++;
    Buf b = {0};
    buf_printf(&b, "%s %s", what, o->name);
    for (int i = from; i < path->len; i++) {
        Object *p = VEC_AT(path, i);
        buf_printf(&b, "\n\t%s:%d:%d: %s refers to", p->pos.file, p->pos.line, p->pos.col, p->name);
    }
    buf_printf(&b, "\n\t%s:%d:%d: %s", o->pos.file, o->pos.line, o->pos.col, o->name);
    error_at(o->pos, "%s", buf_cstr(&b));
}

// resolve_type_name completes a declared type in the scope of its declaration:
// an alias denotes its type; a defined type takes the underlying type, size and
// alignment of its definition.
void resolve_type_name(Checker *c, Object *o) {
    if (o->state == 1) {
        report_cycle("invalid recursive type", o, &c->type_path);
        o->type = ty_invalid;
        o->state = 2;
        return;
    }
    o->state = 1;
    vec_push(&c->type_path, o);
    Type *def = resolve_type(c, o->decl->type);
    c->type_path.len--;
    if (o->state == 2)
        return;  // it was found to be recursive
    o->state = 2;
    if (o->decl->is_alias) {
        o->type = def;
        return;
    }
    Type *u = underlying(def);
    if (u->kind == TY_FUNC) {
        not_yet(o->decl->type->pos, "defined function types are");
        u = ty_invalid;
    }
    o->type->underlying = u;
    o->type->size = u->size;
    o->type->align = u->align;
}

// ---- Types written in the source ---------------------------------------------------

static void add_params(Checker *c, Vec *out, NodeList *fields, bool *variadic) {
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        Node *tn = f->type;
        if (tn->kind == TYPE_ELLIPSIS) {
            not_yet(tn->pos, "variadic parameters are");
            *variadic = true;
            tn = tn->elem;
        }
        Type *t = resolve_type(c, tn);
        int n = f->names.len ? f->names.len : 1;
        for (int k = 0; k < n; k++)
            vec_push(out, t);
    }
}

// resolve_type returns the type that type syntax n denotes.
Type *resolve_type(Checker *c, Node *n) {
    switch (n->kind) {
    case EXPR_IDENT: {
        Object *o = scope_lookup(c->scope, n->name);
        if (!o) {
            error_at(n->pos, "undefined: %s", n->name);
            return ty_invalid;
        }
        if (o->kind != OBJ_TYPE) {
            Operand x = {.mode = o->kind == OBJ_VAR ? MODE_VAR : MODE_VALUE, .type = o->type,
                         .expr = n, .obj = o};
            if (o->kind == OBJ_CONST)
                x.mode = MODE_CONST, x.cval = o->cval;
            error_at(n->pos, "%s is not a type",
                     o->type ? operand_string(&x) : o->name);
            return ty_invalid;
        }
        if (o->decl && o->state != 2)
            resolve_type_name(c, o);
        if (o->type == ty_invalid)
            return ty_invalid;
        n->obj = o;
        n->ty = o->type;
        return o->type;
    }
    case EXPR_PAREN: return resolve_type(c, n->lhs);
    case TYPE_FUNC: {
        Type *t = new_func_type();
        bool variadic = false, dummy = false;
        add_params(c, &t->params, &n->params, &variadic);
        add_params(c, &t->results, &n->results, &dummy);
        t->variadic = variadic;
        n->ty = t;
        return t;
    }
    default:
        not_yet(n->pos, "this type is");
        return ty_invalid;
    }
}

// ---- Constants and variables ----------------------------------------------------------

// resolve_const evaluates the constant o with iota set to its spec's index.
static void resolve_const(Checker *c, Object *o) {
    Node *spec = o->spec;
    if (o->spec_index >= spec->list.len) {
        error_at(o->pos, "missing init expr for const declaration");
        o->type = ty_invalid;
        return;
    }
    Node *e = spec->list.items[o->spec_index];
    Object *iota = scope_lookup_local(c->universe, "iota");
    ConstValue *saved = iota->cval;
    iota->cval = const_int_si(spec->iota);
    Operand x;
    check_expr(c, &x, e);
    iota->cval = saved;
    if (x.mode != MODE_CONST) {
        if (x.mode != MODE_INVALID)
            error_at(expr_start(e), "%s is not constant", operand_string(&x));
        o->type = ty_invalid;
        return;
    }
    if (spec->type) {
        Type *t = resolve_type(c, spec->type);
        assign_operand(c, &x, t, "constant declaration");
    }
    o->type = x.type;
    o->cval = x.cval;
}

static void resolve_global_var(Checker *c, Object *o) {
    Node *spec = o->spec;
    Type *t = spec->type ? resolve_type(c, spec->type) : NULL;
    if (spec->list.len && spec->list.len != spec->names.len) {
        not_yet(spec->pos, "multi-value package variable initialization is");
        o->type = t ? t : ty_invalid;
        return;
    }
    if (!o->init_expr) {
        o->type = t ? t : ty_invalid;
        return;
    }
    Operand x;
    check_expr(c, &x, o->init_expr);
    if (t)
        assign_operand(c, &x, t, "variable declaration");
    else
        default_operand(c, &x, "variable declaration");
    record(&x);
    o->type = x.mode == MODE_INVALID ? ty_invalid : x.type;
}

// resolve_object gives a package-level constant or variable its type (and
// value), checking its declaration on first use. A use during its own
// resolution is a cycle.
void resolve_object(Checker *c, Object *o) {
    if (o->state == 2 || !o->is_global || (o->kind != OBJ_CONST && o->kind != OBJ_VAR))
        return;
    if (o->state == 1) {
        error_at(o->pos, o->kind == OBJ_CONST ? "invalid recursive constant %s"
                                              : "initialization cycle or invalid recursive reference to %s",
                 o->name);
        o->type = ty_invalid;
        return;
    }
    o->state = 1;
    Scope *saved_scope = c->scope;
    Type *saved_func = c->func_type;
    c->scope = c->pkg;
    c->func_type = NULL;
    Object *saved_owner = c->owner;
    c->owner = o;
    if (o->kind == OBJ_CONST)
        resolve_const(c, o);
    else
        resolve_global_var(c, o);
    c->owner = saved_owner;
    c->scope = saved_scope;
    c->func_type = saved_func;
    o->state = 2;
}

// check_local_decl checks a var or const declaration inside a function.
void check_local_decl(Checker *c, Node *d) {
    if (d->kind == DECL_GROUP) {
        for (int i = 0; i < d->list.len; i++)
            check_local_decl(c, d->list.items[i]);
        return;
    }
    if (d->kind == DECL_TYPE) {
        Object *o = type_spec_object(d);
        declare(c, c->scope, o);  // in scope in its own definition (Go spec)
        resolve_type_name(c, o);
        o->used = true;
        return;
    }
    if (d->kind == DECL_CONST) {
        Vec objs = spec_objects(d, false);
        for (int i = 0; i < objs.len; i++) {
            Object *o = VEC_AT(&objs, i);
            resolve_const(c, o);
            o->used = true;  // unused constants are not an error
        }
        for (int i = 0; i < objs.len; i++)  // the scope starts after the spec
            declare(c, c->scope, VEC_AT(&objs, i));
        return;
    }
    check_var_spec(c, d);
}

// ---- Package initialization order -----------------------------------------------------

// order_var appends o to the initialization order after every variable it
// depends on, directly or through the functions it refers to (Go spec: Package
// initialization). Each walk (`walk`) visits an object once; meeting a
// variable that is still on the path is an initialization loop.
static void order_var(Checker *c, Object *o, Vec *path, int walk) {
    if (o->state == 3)
        return;  // already initialized
    if (o->visit == walk) {
        for (int i = 0; i < path->len; i++)
            if (VEC_AT(path, i) == o && o->kind == OBJ_VAR)
                report_cycle("initialization loop for", o, path);
        return;
    }
    o->visit = walk;
    vec_push(path, o);
    for (int i = 0; i < o->deps.len; i++)
        order_var(c, VEC_AT(&o->deps, i), path, walk);
    path->len--;
    if (o->kind == OBJ_VAR) {
        o->state = 3;
        vec_push(&c->prog->var_inits, o);
    }
}

static void order_package_vars(Checker *c) {
    Vec path = {0};
    for (int i = 0; i < c->prog->globals.len; i++)
        order_var(c, VEC_AT(&c->prog->globals, i), &path, i + 1);
}

// check_package_bodies resolves every package-level constant and variable, then
// checks every function body, then computes the initialization order.
void check_package_bodies(Checker *c) {
    for (int i = 0; i < c->pkg->objs.len; i++)
        resolve_object(c, VEC_AT(&c->pkg->objs, i));
    for (int i = 0; i < c->prog->funcs.len; i++) {
        Node *fn = VEC_AT(&c->prog->funcs, i);
        c->owner = fn->obj;
        check_func_body(c, fn, fn->ty);
        c->owner = NULL;
    }
    order_package_vars(c);
    for (int i = 0; i < c->imports.len; i++) {
        Object *pkg = VEC_AT(&c->imports, i);
        if (!pkg->used)
            error_at(pkg->pos, "imported and not used: \"%s\"", pkg->pkg_path);
    }
}
