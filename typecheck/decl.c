// decl.c: declarations. Package-level names are collected first, so their order
// does not matter (Go spec: Declarations and scope); constants and variables are
// then resolved on first use, and package variables are initialized in
// dependency order (Go spec: Package initialization).
#include "check.h"

#include <string.h>

// collect_import declares the package name of an import in the block of
// its file (Go spec: Import declarations, Declarations and scope) after
// loading and checking the package (library.c). A blank import only
// initializes the package.
static void collect_import(Checker *c, Node *imp) {
    bool known = false;
    Package *lib = import_package(c, imp->str, &known);
    if (!lib && known)
        not_yet(imp->pos, arena_printf("package %s is", imp->str));
    else if (!lib)
        error_at(imp->pos, "package %s is not supported by mgc", imp->str);
    const char *name = imp->name ? imp->name : package_name(imp->str);
    Object *pkg = new_object(OBJ_PACKAGE, name, imp->pos, NULL);
    pkg->pkg_path = imp->str;
    pkg->package = lib;
    pkg->decl = imp;
    pkg->unsupported = !lib;
    pkg->used = !lib;  // reported already; uses of it say nothing more
    if (strcmp(name, "_") == 0)
        return;
    if (strcmp(name, ".") == 0) {
        not_yet(imp->pos, "dot imports are");
        c->dot_import = true;  // its names are unknown: no "undefined"
        return;
    }
    declare(c, c->file, pkg);
    vec_push(&c->imports, pkg);
}

// check_init_count reports a var or const spec with more or fewer values
// than names (= types2 arityMatch); one value may give several variables.
void check_init_count(Node *spec) {
    int l = spec->names.len, r = spec->list.len;
    if (l < r) {
        Node *extra = spec->list.items[l];
        error_at(expr_start(extra), "extra init expr %s", expr_string(extra));
    } else if (l > r && r > 0 && (spec->kind == DECL_CONST || r != 1)) {
        Node *name = spec->names.items[r];
        error_at(name->pos, "missing init expr for %s", name->name);
    }
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

// declare_package_object declares a package-level constant, variable or
// type; the names init and main are reserved for functions (Go spec: Package
// initialization, Program execution).
static void declare_package_object(Checker *c, Object *o) {
    if (strcmp(o->name, "init") == 0 || strcmp(o->name, "main") == 0) {
        error_at(o->pos, "cannot declare %s - must be func", o->name);
        return;
    }
    o->file_scope = c->file;
    declare(c, c->pkg, o);
}

// collect_value_spec declares the names of a package-level var or const spec.
static void collect_value_spec(Checker *c, Node *spec) {
    check_init_count(spec);
    Vec objs = spec_objects(spec, true);
    for (int i = 0; i < objs.len; i++) {
        Object *o = VEC_AT(&objs, i);
        o->file_scope = c->file;  // also for `var _ = f()`, which declares nothing
        declare_package_object(c, o);
        if (o->kind == OBJ_VAR)
            vec_push(&c->p->globals, o);
    }
}

// collect_func declares a function. Only a library stub may declare one
// without a body: the runtime implements it in C (docs/LOWERING.md).
static void collect_func(Checker *c, Node *fn) {
    if (!fn->body && strcmp(c->p->path, "main") == 0)
        error_at(fn->name_pos, "missing function body");
    Object *o = new_object(OBJ_FUNC, fn->name, fn->name_pos, NULL);
    o->pkg = c->p->path;
    o->decl = fn;
    o->is_global = true;
    o->file_scope = c->file;
    bool special = strcmp(fn->name, "init") == 0 || strcmp(fn->name, "main") == 0;
    if (!fn->recv && special && (fn->type->params.len || fn->type->results.len))
        error_at(fn->name_pos, "func %s must have no arguments and no return values", fn->name);
    if (fn->recv) {
        fn->obj = o;  // a method: declared on its receiver's base type (collect_method)
    } else if (strcmp(fn->name, "init") == 0) {
        vec_push(&c->p->inits, fn);  // init functions are not declared (Go spec)
        fn->obj = o;
    } else {
        fn->obj = o;
        declare(c, c->pkg, o);
    }
    vec_push(&c->p->funcs, fn);
}

static void collect_type_spec(Checker *c, Node *spec) {
    Object *o = type_spec_object(spec);
    declare_package_object(c, o);
    if (!spec->is_alias)
        vec_push(&c->p->types, o);
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
    case DECL_TYPE: collect_type_spec(c, d); return;
    default: return;  // NODE_BAD after a syntax error
    }
}

// report_import_conflicts reports a package-level name that a file's import
// also declares (= types2 collectObjects, "already declared through import").
static void report_import_conflicts(Checker *c) {
    for (int f = 0; f < c->file_scopes.len; f++) {
        Scope *file = VEC_AT(&c->file_scopes, f);
        for (int i = 0; i < file->objs.len; i++) {
            Object *pkg = VEC_AT(&file->objs, i);
            Object *alt = scope_lookup_local(c->pkg, pkg->name);
            if (!alt)
                continue;
            const char *name = pkg->package ? pkg->package->name : package_name(pkg->pkg_path);
            error_at(alt->pos,
                     "%s already declared through import of package %s (\"%s\")\n\t%s:%d:%d: "
                     "other declaration of %s",
                     alt->name, name, pkg->pkg_path, pkg->pos.file, pkg->pos.line, pkg->pos.col,
                     alt->name);
        }
    }
}

// collect_package declares every package-level name of every file, and the
// imports of each in a block of the file's own, then gives each function
// its signature.
void collect_package(Checker *c, Vec *files) {
    c->pkg = NEW(Scope);
    c->pkg->parent = c->universe;
    c->scope = c->pkg;
    c->p->scope = c->pkg;
    bool is_main = strcmp(c->p->path, "main") == 0;
    for (int f = 0; f < files->len; f++) {
        Node *file = VEC_AT(files, f);
        if (strcmp(file->name, c->p->name) != 0)
            not_yet(file->name_pos, "packages other than main are");
        c->file = NEW(Scope);
        c->file->parent = c->pkg;
        vec_push(&c->file_scopes, c->file);
        for (int i = 0; i < file->list.len; i++)
            collect_decl(c, file->list.items[i]);
        for (int i = 0; i < file->decls.len; i++)
            collect_decl(c, file->decls.items[i]);
    }
    c->file = NULL;
    report_import_conflicts(c);
    for (int i = 0; i < c->pkg->objs.len; i++) {
        Object *o = VEC_AT(&c->pkg->objs, i);
        if (o->kind == OBJ_TYPE && o->state != 2)
            resolve_type_name(c, o);
    }
    complete_layouts(c);
    for (int i = 0; i < c->p->funcs.len; i++) {
        Node *fn = VEC_AT(&c->p->funcs, i);
        if (fn->obj && !fn->obj->type)
            fn->obj->type = new_func_type();  // what `func f(x f)` sees of f (types2)
        c->scope = fn->obj->file_scope;
        Type *sig = fn->ty ? fn->ty : resolve_signature(c, fn->type);
        fn->ty = sig;
        if (fn->obj)
            fn->obj->type = sig;
        if (fn->recv)
            collect_method(c, fn);
        c->scope = c->pkg;
    }
    for (int i = 0; i < c->pkg->objs.len; i++) {
        Object *o = VEC_AT(&c->pkg->objs, i);
        if (o->kind == OBJ_TYPE && o->type && o->type->kind == TY_NAMED)
            check_field_method_clash(o->type);
    }
    check_map_keys(c);
    check_sizes(c);
    if (is_main && !scope_lookup_local(c->pkg, "main") && files->len)   // gc: at link time,
        error_at(((Node *)VEC_AT(files, 0))->pos,                      // with no position
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
        if (p->kind == OBJ_TYPE && p->decl && p->decl->is_alias)
            continue;  // gc lists the defined types of a cycle only
        buf_printf(&b, "\n\t%s:%d:%d: %s refers to", p->pos.file, p->pos.line, p->pos.col, p->name);
    }
    buf_printf(&b, "\n\t%s:%d:%d: %s", o->pos.file, o->pos.line, o->pos.col, o->name);
    error_at(o->pos, "%s", buf_cstr(&b));
}

// report_type_cycle reports that the definition of o, which is being
// resolved, needs o itself (Go spec: Type declarations), and makes o invalid.
void report_type_cycle(Checker *c, Object *o) {
    report_cycle("invalid recursive type", o, &c->type_path);
    if (o->type && o->type->kind == TY_NAMED)
        o->type->underlying = ty_invalid;
    else
        o->type = ty_invalid;
    o->state = 2;
}

// before_in_source: whether a is declared before b (files in the order given).
static bool before_in_source(Object *a, Object *b) {
    if (a->pos.file != b->pos.file)
        return false;
    return a->pos.line < b->pos.line || (a->pos.line == b->pos.line && a->pos.col < b->pos.col);
}

// report_mixed_cycle reports a cycle through type definitions and values,
// met at o (on c->type_path, being resolved), as types2's cycleError does:
// from the object declared first, "invalid recursive type T" if it is a
// type, else "illegal cycle in declaration of x". The types in it become
// invalid.
void report_mixed_cycle(Checker *c, Object *o) {
    int from = c->type_path.len - 1;
    while (VEC_AT(&c->type_path, from) != o)
        from--;
    int n = c->type_path.len - from, first = 0;
    for (int i = 1; i < n; i++)
        if (before_in_source(VEC_AT(&c->type_path, from + i), VEC_AT(&c->type_path, from + first)))
            first = i;
    Object *start = VEC_AT(&c->type_path, from + first);
    Buf b = {0};
    if (start->kind == OBJ_TYPE)
        buf_printf(&b, "invalid recursive type %s", start->name);
    else
        buf_printf(&b, "illegal cycle in declaration of %s", start->name);
    for (int k = 0; k < n; k++) {
        Object *p = VEC_AT(&c->type_path, from + (first + k) % n);
        buf_printf(&b, "\n\t%s:%d:%d: %s refers to", p->pos.file, p->pos.line, p->pos.col, p->name);
    }
    buf_printf(&b, "\n\t%s:%d:%d: %s", start->pos.file, start->pos.line, start->pos.col, start->name);
    error_at(start->pos, "%s", buf_cstr(&b));
    for (int k = 0; k < n; k++) {
        Object *p = VEC_AT(&c->type_path, from + k);
        if (p->kind == OBJ_TYPE && p->type && p->type->kind == TY_NAMED) {
            p->type->underlying = ty_invalid;
            p->state = 2;
        }
    }
}

// type_on_path_since reports whether a type definition is being resolved for
// value o, itself under resolution: a cycle types2 (validCycle) rejects.
static bool type_on_path_since(Checker *c, Object *o) {
    int i = c->type_path.len - 1;
    bool type = false;
    for (; i >= 0 && VEC_AT(&c->type_path, i) != o; i--) {
        Object *p = VEC_AT(&c->type_path, i);
        type |= p->kind == OBJ_TYPE && p->decl && !p->decl->is_alias;
    }
    return i >= 0 && type;
}

// alias_of_defined_type handles `type A = T` for a defined type T: A denotes
// T's named type, which exists before T's definition is resolved (so that
// `type a = b; type b struct{ *a }` is fine).
static bool alias_of_defined_type(Checker *c, Object *o) {
    Node *rhs = unparen(o->decl->type);
    Object *t = rhs->kind == EXPR_IDENT ? scope_lookup(c->scope, rhs->name) : NULL;
    if (!t || t->kind != OBJ_TYPE || !t->decl || t->decl->is_alias || !t->type || t == o)
        return false;
    o->type = t->type;
    o->state = 2;
    t->used = true;
    rhs->obj = t;
    rhs->ty = t->type;
    if (t->state == 0)
        resolve_type_name(c, t);
    return true;
}

// resolve_type_name_here completes a declared type in the current scope: an
// alias denotes its type; a defined type takes the underlying type, size and
// alignment of its definition.
static void resolve_type_name_here(Checker *c, Object *o) {
    if (o->state == 0 && o->decl->is_alias && alias_of_defined_type(c, o))
        return;
    if (o->state == 1) {  // an alias that refers to itself
        report_type_cycle(c, o);
        return;
    }
    o->state = 1;
    vec_push(&c->type_path, o);
    int saved_indirect = c->indirect;
    c->indirect = 0;
    Type *def = resolve_type_direct(c, o->decl->type);
    c->indirect = saved_indirect;
    c->type_path.len--;
    if (o->state == 2)
        return;  // it was found to be recursive
    o->state = 2;
    if (o->decl->is_alias) {
        o->type = def;
        return;
    }
    Type *u = underlying(def);
    vec_push(&c->defined_types, o->type);
    o->type->underlying = u;
    o->type->size = u->size;
    o->type->align = u->align;
}

// resolve_type_name resolves a package-level type in the block of its file
// (which has the imports it may name), a local one where it stands.
void resolve_type_name(Checker *c, Object *o) {
    Scope *saved = c->scope;
    if (o->file_scope)
        c->scope = o->file_scope;
    resolve_type_name_here(c, o);
    c->scope = saved;
}

// ---- Methods (Go spec: Method declarations) --------------------------------------------

// receiver_base checks a method's receiver type T or *T and returns the
// defined type T it belongs to, or NULL after reporting why it cannot have
// methods (= types2 validRecv).
static Type *receiver_base(Node *recv, Type *rt) {
    Type *base = rt->kind == TY_POINTER ? rt->elem : rt;
    if (base == ty_invalid || rt == ty_invalid)
        return NULL;
    Pos at = recv->type->pos;
    bool predeclared = base->kind < TY_ARRAY || base->kind == TY_STRING ||
                       (base->kind == TY_NAMED && !base->obj->decl);  // error
    if (predeclared) {
        error_at(at, "cannot define new methods on non-local type %s", type_string(base));
        return NULL;
    }
    if (base->kind != TY_NAMED) {
        error_at(at, "invalid receiver type %s", type_string(rt));
        return NULL;
    }
    TypeKind k = underlying(base)->kind;
    if (k == TY_POINTER || k == TY_INTERFACE) {
        error_at(at, "invalid receiver type %s (pointer or interface type)", type_string(base));
        return NULL;
    }
    return underlying(base) == ty_invalid ? NULL : base;
}

// collect_method adds method fn to its receiver base type's methods. The
// names of a type's methods must be unique.
void collect_method(Checker *c, Node *fn) {
    Type *rt = resolve_type(c, fn->recv->type);
    fn->recv->ty = rt;
    Type *base = receiver_base(fn->recv, rt);
    if (!base || !fn->obj)
        return;
    fn->obj->recv = rt;
    if (strcmp(fn->name, "_") == 0)
        return;
    for (int i = 0; i < base->methods.len; i++) {
        Method *m = VEC_AT(&base->methods, i);
        if (strcmp(m->name, fn->name) == 0) {
            error_at(fn->name_pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                     base->obj->name, fn->name, m->pos.file, m->pos.line, m->pos.col, fn->name);
            return;
        }
    }
    Method *m = NEW(Method);
    m->name = fn->name;
    m->type = fn->ty;
    m->func = fn->obj;
    m->ptr_recv = rt->kind == TY_POINTER;
    m->pos = fn->name_pos;
    vec_push(&base->methods, m);
}

// check_field_method_clash reports a struct field and a method of the same
// name (Go spec: Selectors, "the selector must be unique").
void check_field_method_clash(Type *named) {
    Type *u = underlying(named);
    if (u->kind != TY_STRUCT)
        return;
    for (int i = 0; i < named->methods.len; i++) {
        Method *m = VEC_AT(&named->methods, i);
        for (int k = 0; k < u->fields.len; k++) {
            Field *f = VEC_AT(&u->fields, k);
            if (strcmp(f->name, m->name) == 0)
                error_at(m->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s",
                         m->name, f->pos.file, f->pos.line, f->pos.col, m->name);
        }
    }
}

// ---- Constants and variables ----------------------------------------------------------

// resolve_const evaluates the constant o with iota set to its spec's index.
static void resolve_const(Checker *c, Object *o) {
    Node *spec = o->spec;
    if (o->spec_index >= spec->list.len) {
        if (spec->list.len == 0)  // otherwise check_init_count reported it
            error_at(o->pos, "missing init expr for %s", o->name);
        o->type = ty_invalid;  // (gc keeps a constant type with an unknown value)
        if (spec->list.len == 0 && spec->type) {
            Type *t = resolve_type(c, spec->type);
            if (t != ty_invalid && !is_const_type(t))
                error_at(expr_start(spec->type), "invalid constant type %s", type_string(t));
        }
        return;
    }
    Type *t = NULL;
    if (spec->type) {
        t = resolve_type(c, spec->type);
        if (t != ty_invalid && !is_const_type(t)) {
            error_at(expr_start(spec->type), "invalid constant type %s", type_string(t));
            t = ty_invalid;
        }
        if (t == ty_invalid) {
            o->type = ty_invalid;
            return;
        }
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
    if (t)
        assign_operand(c, &x, t, "constant declaration");
    o->type = x.type;
    o->cval = x.cval;
}

// resolve_global_tuple resolves `var a, b = f()` at package level: every
// variable of the spec at once, all depending on what the one value does.
static void resolve_global_tuple(Checker *c, Object *o, Type *t) {
    Node *spec = o->spec;
    int n = spec->names.len;
    Operand *ops = check_values(c, &spec->list, n);
    for (int i = 0; i < n; i++) {
        Object *v = ((Node *)spec->names.items[i])->obj;
        if (!v)
            continue;
        v->type = t ? t : ty_invalid;
        if (ops && t)
            assign_operand(c, &ops[i], t, "assignment");
        else if (ops)
            default_operand(c, &ops[i], "assignment");
        if (ops && !t && ops[i].mode != MODE_INVALID)
            v->type = ops[i].type;
        if (v != o) {
            v->state = 2;
            v->deps = o->deps;
        }
    }
}

static void resolve_global_var(Checker *c, Object *o) {
    Node *spec = o->spec;
    Type *t = spec->type ? resolve_type(c, spec->type) : NULL;
    if (spec->list.len == 1 && spec->names.len > 1)
        return resolve_global_tuple(c, o, t);
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
    o->type = t ? t : x.mode == MODE_INVALID ? ty_invalid : x.type;
}

// resolve_object gives a package-level constant or variable its type (and
// value), checking its declaration on first use. A use during its own
// resolution is a cycle.
void resolve_object(Checker *c, Object *o) {
    if (o->state == 2 || !o->is_global || (o->kind != OBJ_CONST && o->kind != OBJ_VAR))
        return;
    if (o->state == 1 && type_on_path_since(c, o)) {
        report_mixed_cycle(c, o);  // var x T; type T [len(x)]int
        o->type = ty_invalid;
        return;
    }
    if (o->state == 1) {
        // A variable's loop is reported by the initialization order check
        // (find_init_loop), as types2 leaves it to its initorder.
        if (o->kind == OBJ_CONST)
            error_at(o->pos, "invalid recursive constant %s", o->name);
        o->type = ty_invalid;
        return;
    }
    o->state = 1;
    Scope *saved_scope = c->scope;
    Type *saved_func = c->func_type;
    c->scope = o->file_scope;
    c->func_type = NULL;
    Object *saved_owner = c->owner;
    c->owner = o;
    vec_push(&c->type_path, o);  // a type it needs may be on its way: a cycle
    if (o->kind == OBJ_CONST)
        resolve_const(c, o);
    else
        resolve_global_var(c, o);
    c->type_path.len--;
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
        complete_layouts(c);  // a local type may refer to itself behind a pointer
        o->used = true;
        o->pkg = c->p->path;
        if (!d->is_alias && o->type && o->type->kind == TY_NAMED) {
            o->type->vargen = ++c->local_types;
            vec_push(&c->p->types, o);
        }
        return;
    }
    if (d->kind == DECL_CONST) {
        check_init_count(d);
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

// find_init_loop reports an initialization loop through o: a variable whose
// initializer needs itself, directly or through the functions it calls. Each
// walk (`walk`) visits an object once; meeting a variable still on the path
// closes a loop. It returns whether a loop is reachable from o.
static bool find_init_loop(Object *o, Vec *path, int walk) {
    if (o->init_loop_free)
        return false;
    if (o->visit == walk) {
        if (!o->init_on_path)
            return true;  // seen in this walk, and a loop is reachable from it
        for (int i = 0; i < path->len && !o->in_init_loop; i++) {
            if (VEC_AT(path, i) != o || o->kind != OBJ_VAR)
                continue;
            report_cycle("initialization loop for", o, path);
            for (int k = i; k < path->len; k++)   // gc reports each loop once
                ((Object *)VEC_AT(path, k))->in_init_loop = true;
        }
        return true;
    }
    o->visit = walk;
    o->init_on_path = true;
    vec_push(path, o);
    bool loop = false;
    for (int i = 0; i < o->deps.len; i++)
        loop |= find_init_loop(VEC_AT(&o->deps, i), path, walk);
    path->len--;
    o->init_on_path = false;
    o->init_loop_free = !loop;  // never walked again: linear for loop-free programs
    return loop;
}

// var_deps collects the package variables o's initializer needs, directly or
// through the functions it refers to (types2 dependencyGraph, with the
// function nodes removed), each once.
static void var_deps(Object *o, Vec *out, PtrSet *seen) {
    for (int i = 0; i < o->deps.len; i++) {
        Object *d = VEC_AT(&o->deps, i);
        if (!ptrset_add(seen, d))
            continue;
        if (d->kind == OBJ_VAR)
            vec_push(out, d);
        else if (d->kind == OBJ_FUNC)
            var_deps(d, out, seen);
    }
}

// ReadyHeap holds the indexes (declaration order) of the variables whose
// dependencies are all initialized; the smallest comes out first.
typedef struct ReadyHeap {
    int *items;
    int len;
} ReadyHeap;

static void heap_push(ReadyHeap *h, int v) {
    int i = h->len++;
    for (; i > 0 && h->items[(i - 1) / 2] > v; i = (i - 1) / 2)
        h->items[i] = h->items[(i - 1) / 2];
    h->items[i] = v;
}

static int heap_pop(ReadyHeap *h) {
    int top = h->items[0], last = h->items[--h->len], i = 0;
    for (;;) {
        int k = 2 * i + 1;
        if (k >= h->len)
            break;
        if (k + 1 < h->len && h->items[k + 1] < h->items[k])
            k++;
        if (h->items[k] >= last)
            break;
        h->items[i] = h->items[k];
        i = k;
    }
    h->items[i] = last;
    return top;
}

// order_package_vars computes the initialization order (Go spec: Package
// initialization): repeatedly the earliest variable in declaration order
// that is ready, i.e. whose dependencies are all initialized. Each variable
// counts its pending dependencies and lists the variables that wait on it;
// the ready ones wait in a heap by declaration order.
static void order_package_vars(Checker *c) {
    Vec *globals = &c->p->globals;
    int n = globals->len;
    Vec path = {0};
    int errors = error_count();
    for (int i = 0; i < n; i++)
        find_init_loop(VEC_AT(globals, i), &path, i + 1);
    if (error_count() > errors)
        return;   // a loop: no order exists
    int *pending = arena_alloc(sizeof(int) * (size_t)(n + 1));
    Vec *waiting = arena_alloc(sizeof(Vec) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        ((Object *)VEC_AT(globals, i))->order_index = i + 1;
    ReadyHeap ready = {arena_alloc(sizeof(int) * (size_t)(n + 1)), 0};
    for (int i = 0; i < n; i++) {
        Vec deps = {0};
        PtrSet seen = {0};
        var_deps(VEC_AT(globals, i), &deps, &seen);
        pending[i] = 0;
        for (int k = 0; k < deps.len; k++) {
            Object *d = VEC_AT(&deps, k);
            int at = d->order_index - 1;   // another package's variable is initialized already
            if (at < 0 || at >= n || VEC_AT(globals, at) != d)
                continue;
            vec_push(&waiting[at], (void *)(intptr_t)i);
            pending[i]++;
        }
        if (pending[i] == 0)
            heap_push(&ready, i);
    }
    while (ready.len > 0) {
        int next = heap_pop(&ready);
        vec_push(&c->p->var_inits, VEC_AT(globals, next));
        for (int k = 0; k < waiting[next].len; k++) {
            int w = (int)(intptr_t)VEC_AT(&waiting[next], k);
            if (--pending[w] == 0)
                heap_push(&ready, w);
        }
    }
}

// check_package_bodies resolves every package-level constant and variable, then
// checks every function body, then computes the initialization order. Blank
// variables (`var _ = f()`) are in no scope, so they are resolved from the
// program's list of globals.
void check_package_bodies(Checker *c) {
    for (int i = 0; i < c->pkg->objs.len; i++)
        resolve_object(c, VEC_AT(&c->pkg->objs, i));
    for (int i = 0; i < c->p->globals.len; i++)
        resolve_object(c, VEC_AT(&c->p->globals, i));
    for (int i = 0; i < c->p->funcs.len; i++) {
        Node *fn = VEC_AT(&c->p->funcs, i);
        c->owner = fn->obj;
        c->scope = fn->obj->file_scope;
        check_func_body(c, fn, fn->ty);
        c->scope = c->pkg;
        c->owner = NULL;
    }
    check_map_keys(c);  // those in function bodies and variable initializers
    check_sizes(c);
    for (int i = 0; i < c->p->globals.len; i++)
        check_symbol_size(c, VEC_AT(&c->p->globals, i));
    order_package_vars(c);
    for (int i = 0; i < c->imports.len; i++) {
        Object *pkg = VEC_AT(&c->imports, i);
        if (pkg->used)
            continue;
        if (strcmp(pkg->name, package_name(pkg->pkg_path)) == 0)
            error_at(pkg->pos, "imported and not used: \"%s\"", pkg->pkg_path);
        else
            error_at(pkg->pos, "imported and not used: \"%s\" as %s", pkg->pkg_path, pkg->name);
    }
}
