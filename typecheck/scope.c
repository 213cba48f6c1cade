// scope.c: scopes and the universe block (Go spec: Declarations and scope,
// Predeclared identifiers).
#include "check.h"

#include <string.h>

Object *new_object(ObjKind kind, const char *name, Pos pos, Type *type) {
    Object *o = NEW(Object);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = type;
    return o;
}

// object_string describes an object as types2 does: "var x int".
const char *object_string(Object *o) {
    static const char *kinds[] = {[OBJ_VAR] = "var", [OBJ_CONST] = "const", [OBJ_TYPE] = "type",
                                  [OBJ_FUNC] = "func", [OBJ_BUILTIN] = "builtin",
                                  [OBJ_PACKAGE] = "package", [OBJ_NIL] = "nil"};
    if (!o->type || o->kind == OBJ_PACKAGE || o->kind == OBJ_NIL)
        return arena_printf("%s %s", kinds[o->kind], o->name);
    Type *t = o->kind == OBJ_TYPE ? underlying(o->type) : o->type;
    return arena_printf("%s %s %s", kinds[o->kind], o->name, type_string(t));
}

// A block's few names are scanned; the package's and the universe's, which
// can hold 100,000 declarations, are looked up in a hash table.
enum { SCAN_LIMIT = 16 };

Object *scope_lookup_local(Scope *s, const char *name) {
    if (s->objs.len > SCAN_LIMIT)
        return strmap_get(&s->index, name);
    for (int i = 0; i < s->objs.len; i++) {
        Object *o = VEC_AT(&s->objs, i);
        if (strcmp(o->name, name) == 0)
            return o;
    }
    return NULL;
}

// scope_insert adds o to s (the first of two objects of one name is the one
// found, as with a scan).
void scope_insert(Scope *s, Object *o) {
    vec_push(&s->objs, o);
    if (s->objs.len == SCAN_LIMIT + 1) {
        for (int i = 0; i < s->objs.len; i++) {
            Object *e = VEC_AT(&s->objs, i);
            if (!strmap_get(&s->index, e->name))
                strmap_put(&s->index, e->name, e);
        }
    } else if (s->objs.len > SCAN_LIMIT && !strmap_get(&s->index, o->name)) {
        strmap_put(&s->index, o->name, o);
    }
}

Object *scope_lookup(Scope *s, const char *name) {
    for (; s; s = s->parent) {
        Object *o = scope_lookup_local(s, name);
        if (o)
            return o;
    }
    return NULL;
}

void open_scope(Checker *c) {
    Scope *s = NEW(Scope);
    s->parent = c->scope;
    c->scope = s;
}

void close_scope(Checker *c) { c->scope = c->scope->parent; }

// declare adds obj to scope s, reporting a redeclaration as gc does. The blank
// identifier declares nothing. It returns whether obj was added.
bool declare(Checker *c, Scope *s, Object *obj) {
    if (c->p && obj->kind != OBJ_PACKAGE)
        obj->pkg = c->p->path;
    if (strcmp(obj->name, "_") == 0)
        return false;
    Object *prev = scope_lookup_local(s, obj->name);
    if (prev) {
        error_at(obj->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                 obj->name, prev->pos.file, prev->pos.line, prev->pos.col, obj->name);
        return false;
    }
    scope_insert(s, obj);
    return true;
}

static void universe_type(Scope *u, const char *name, Type *t) {
    Object *o = new_object(OBJ_TYPE, name, (Pos){0}, t);
    scope_insert(u, o);
}

static void universe_builtin(Scope *u, const char *name, Builtin id) {
    Object *o = new_object(OBJ_BUILTIN, name, (Pos){0}, NULL);
    o->builtin = id;
    scope_insert(u, o);
}

static void universe_const(Scope *u, const char *name, Type *t, ConstValue *v) {
    Object *o = new_object(OBJ_CONST, name, (Pos){0}, t);
    o->cval = v;
    scope_insert(u, o);
}

// universe_error_any declares `type error interface { Error() string }` and
// `type any = interface{}`.
static void universe_error_any(Scope *u) {
    Object *error = new_object(OBJ_TYPE, "error", (Pos){0}, NULL);
    ty_error = NEW(Type);
    ty_error->kind = TY_NAMED;
    ty_error->obj = error;
    error->type = ty_error;
    error->state = 2;
    Type *iface = NEW(Type);
    iface->kind = TY_INTERFACE;
    iface->size = 16;
    iface->align = 8;
    Method *m = NEW(Method);
    m->name = "Error";
    m->type = new_func_type();
    vec_push(&m->type->results, ty_string);
    vec_push(&m->type->result_names, NULL);
    vec_push(&iface->methods, m);
    ty_error->underlying = iface;
    ty_error->size = 16;
    ty_error->align = 8;
    scope_insert(u, error);

    ty_any = NEW(Type);
    *ty_any = *iface;
    ty_any->methods = (Vec){0};
    ty_any->is_any = true;
    universe_type(u, "any", ty_any);
}

// init_universe declares the predeclared identifiers (Go spec: Universe block).
void init_universe(Checker *c) {
    init_types();
    Scope *u = NEW(Scope);
    static const struct { const char *name; Type **type; } types[] = {
        {"bool", &ty_bool},       {"int", &ty_int},         {"int8", &ty_int8},
        {"int16", &ty_int16},     {"int32", &ty_int32},     {"int64", &ty_int64},
        {"uint", &ty_uint},       {"uint8", &ty_uint8},     {"uint16", &ty_uint16},
        {"uint32", &ty_uint32},   {"uint64", &ty_uint64},   {"uintptr", &ty_uintptr},
        {"float32", &ty_float32}, {"float64", &ty_float64}, {"string", &ty_string},
        {"byte", &ty_byte},       {"rune", &ty_rune},
        {"complex64", &ty_complex64}, {"complex128", &ty_complex128},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        universe_type(u, types[i].name, *types[i].type);
    static const struct { const char *name; Builtin id; } builtins[] = {
        {"append", BUILTIN_APPEND}, {"cap", BUILTIN_CAP},         {"copy", BUILTIN_COPY},
        {"delete", BUILTIN_DELETE}, {"len", BUILTIN_LEN},         {"make", BUILTIN_MAKE},
        {"new", BUILTIN_NEW},       {"panic", BUILTIN_PANIC},     {"print", BUILTIN_PRINT},
        {"println", BUILTIN_PRINTLN}, {"recover", BUILTIN_RECOVER},
        {"complex", BUILTIN_COMPLEX}, {"real", BUILTIN_REAL},     {"imag", BUILTIN_IMAG},
        {"close", BUILTIN_CLOSE},
    };
    for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
        universe_builtin(u, builtins[i].name, builtins[i].id);
    universe_error_any(u);
    universe_const(u, "true", ty_untyped_bool, const_bool(true));
    universe_const(u, "false", ty_untyped_bool, const_bool(false));
    universe_const(u, "iota", ty_untyped_int, NULL);   // a value only inside a const declaration
    scope_insert(u, new_object(OBJ_NIL, "nil", (Pos){0}, ty_untyped_nil));
    c->universe = u;
    c->scope = u;
}

// is_complex_type_name reports a use of complex64 or complex128, which the
// universe declares only so that mini-Go can say they are outside it.
bool is_complex_type_name(Object *o, Pos at) {
    if (o->type != ty_complex64 && o->type != ty_complex128)
        return false;
    error_at(at, "complex numbers are not supported by mgc");
    return true;
}

void not_yet(Pos pos, const char *what) { error_at(pos, "%s not yet supported by mgc", what); }
