// typexpr.c: types written in the source (Go spec: Types). Each type literal
// becomes a Type; a defined type's name denotes its canonical named Type.
#include "check.h"

#include <string.h>

// ---- Type names ---------------------------------------------------------------------------

static Type *not_a_type(Checker *c, Node *n, Object *o) {
    if (o->kind == OBJ_FUNC && !o->type && o->decl) {
        // Its signature is resolved now; while that runs (`func f(x f)`) it
        // is an empty func(), as types2 has it.
        o->type = new_func_type();
        o->type = o->decl->ty = resolve_signature(c, o->decl->type);
    }
    Operand x = {.mode = o->kind == OBJ_VAR ? MODE_VAR : MODE_VALUE, .type = o->type, .expr = n,
                 .obj = o};
    if (o->kind == OBJ_CONST)
        x.mode = MODE_CONST, x.cval = o->cval;
    if (o->kind == OBJ_CONST && !o->cval) {  // its declaration was reported
        if (o->type && o->type != ty_invalid)
            error_at(n->pos, "%s (constant unknown of type %s) is not a type", o->name,
                     type_string(o->type));
        return ty_invalid;
    }
    if (o->kind == OBJ_PACKAGE)
        error_at(n->pos, "use of package %s not in selector", o->name);
    else if (o->kind == OBJ_BUILTIN || o->kind == OBJ_NIL || !o->type)
        error_at(n->pos, "%s is not a type", o->name);
    else
        error_at(n->pos, "%s is not a type", operand_string(&x));
    return ty_invalid;
}

// resolve_type_ident returns the type an identifier names. A defined type
// whose declaration is being resolved is returned as it is (its underlying
// type comes later): `type List struct { next *List }` is fine, and the uses
// that need its size check for cycles themselves (resolve_type_direct).
// Behind a pointer, slice, map or func a defined type is not resolved on the
// spot either: its size is not needed, and resolving it there would make
// `type A struct{ p *B }; type B struct{ a A }` look like a cycle.
// value_on_path_since reports whether a constant or variable is being
// resolved for the definition of type o: a cycle through a value and a type
// definition, which types2 (validCycle) rejects even behind a pointer.
static bool value_on_path_since(Checker *c, Object *o) {
    int i = c->type_path.len - 1;
    bool value = false;
    for (; i >= 0 && VEC_AT(&c->type_path, i) != o; i--) {
        Object *p = VEC_AT(&c->type_path, i);
        value |= p->kind == OBJ_VAR || p->kind == OBJ_CONST;
    }
    return i >= 0 && value;
}

static Type *resolve_type_ident(Checker *c, Node *n) {
    if (strcmp(n->name, "_") == 0) {
        error_at(n->pos, "cannot use _ as value or type");
        return ty_invalid;
    }
    Object *o = n->obj && n->obj->pkg && strchr(n->name, '.') ? n->obj  // pkg.T, resolved before
                                                                : scope_lookup(c->scope, n->name);
    if (!o) {
        if (!c->dot_import)
            error_at(n->pos, "undefined: %s", n->name);
        return ty_invalid;
    }
    o->used = true;
    if (o->kind != OBJ_TYPE)
        return not_a_type(c, n, o);
    if (o->decl && o->state == 0 && (!c->indirect || o->decl->is_alias))
        resolve_type_name(c, o);
    else if (o->decl && o->state == 1 && o->decl->is_alias)
        resolve_type_name(c, o);  // an alias may not refer to itself: a cycle
    else if (o->decl && o->state == 1 && value_on_path_since(c, o))
        report_mixed_cycle(c, o);  // type T [len(x)]int; var x T
    if (is_complex_type_name(o, n->pos))
        return ty_invalid;
    n->obj = o;
    n->ty = o->type;
    return o->type ? o->type : ty_invalid;
}

// resolve_type_direct resolves a type whose size is needed right away: the
// definition of a type, a struct field, an array element, an embedded
// interface. Meeting a type whose own definition is still being resolved
// means the type would contain itself (Go spec: Type declarations).
Type *resolve_type_direct(Checker *c, Node *n) {
    Type *t = resolve_type(c, n);
    if (t->kind == TY_NAMED && t->obj->state == 1 && !c->indirect) {
        report_type_cycle(c, t->obj);
        return ty_invalid;
    }
    return t;
}

// resolve_type_indirect resolves a type that another one refers to without
// containing it: the base of a pointer, a slice's element, a map's key and
// value.
static Type *resolve_type_indirect(Checker *c, Node *n) {
    c->indirect++;
    Type *t = resolve_type(c, n);
    c->indirect--;
    return t;
}

// is_incomplete: a defined type whose underlying type is not known yet.
static bool is_incomplete(Type *t) { return t->kind == TY_NAMED && t->obj->state != 2; }

// ---- Composite type literals ----------------------------------------------------------------

// array_length evaluates the length of [N]T (= types2 arrayLength): a
// non-negative constant representable as int.
static int64_t array_length(Checker *c, Node *e) {
    if (e->kind == EXPR_IDENT) {
        Object *o = scope_lookup(c->scope, e->name);
        if (!o) {
            error_at(e->pos, "undeclared name %s for array length", e->name);
            return -1;
        }
        if (o->kind != OBJ_CONST) {
            error_at(e->pos, "invalid array length %s", e->name);
            return -1;
        }
    }
    Operand x;
    check_expr(c, &x, e);
    if (x.mode != MODE_CONST) {
        if (x.mode != MODE_INVALID)
            error_at(expr_start(e), "array length %s must be constant", operand_string(&x));
        return -1;
    }
    ConstValue *n = is_untyped(x.type) || is_integer(x.type) ? const_to_int(x.cval) : NULL;
    if (n) {
        if (const_representable(n, ty_int, NULL) && mpz_sgn(n->i) >= 0) {
            record(&x);
            return (int64_t)mpz_get_si(n->i);
        }
        if (const_representable(n, ty_int, NULL)) {
            error_at(expr_start(e), "invalid array length %s", operand_string(&x));
            return -1;
        }
    }
    error_at(expr_start(e), "array length %s must be integer", operand_string(&x));
    return -1;
}

// type_size_ok reports an array or struct type t (written n) of MAX_WIDTH
// bytes or more as gc's types.CalcSize does, at the declaration that needs
// it: "type [N]T larger than address space", "type struct {...} too large".
static bool type_size_ok(Checker *c, Type *t, Node *n) {
    if (t->size < MAX_WIDTH)
        return true;
    Pos at = c->type_path.len ? ((Object *)VEC_AT(&c->type_path, c->type_path.len - 1))->pos
             : c->owner       ? c->owner->pos
                              : n->pos;
    if (t->kind == TY_ARRAY)
        error_at(at, "type %s larger than address space", type_string(t));
    else
        error_at(at, "type %s too large", backend_type_string(t));  // gc's %L
    return false;
}

static Type *resolve_array(Checker *c, Node *n) {
    if (!n->len) {
        error_at(n->pos, "invalid use of [...] array (outside a composite literal)");
        resolve_type(c, n->elem);
        return ty_invalid;
    }
    int64_t len = array_length(c, n->len);
    Type *elem = resolve_type_direct(c, n->elem);
    if (len < 0 || elem == ty_invalid)
        return ty_invalid;
    Type *t = new_array(elem, len);
    if (is_incomplete(elem))
        vec_push(&c->pending_layouts, t);
    else if (!type_size_ok(c, t, n))
        return ty_invalid;
    return t;
}

// resolve_map builds map[K]V. The key must be comparable (Go spec: Map types);
// that is checked once every type is complete (check_later_map_keys).
static Type *resolve_map(Checker *c, Node *n) {
    Type *key = resolve_type_indirect(c, n->key);
    Type *elem = resolve_type_indirect(c, n->elem);
    if (key == ty_invalid || elem == ty_invalid)
        return ty_invalid;
    Type *t = new_map(key, elem);
    vec_push(&c->map_keys, n);
    n->ty = t;
    return t;
}

// resolve_chan builds chan T, chan<- T or <-chan T (Go spec: Channel types).
static Type *resolve_chan(Checker *c, Node *n) {
    static const int dirs[] = {CHAN_BOTH, CHAN_SEND, CHAN_RECV};  // the parser's chan_dir
    Type *elem = resolve_type_indirect(c, n->elem);
    if (elem == ty_invalid)
        return ty_invalid;
    check_size_later(c, n);
    return new_chan(elem, dirs[n->chan_dir]);
}

// complete_layouts lays out again the structs and arrays that were built
// while one of their parts was still incomplete, and the defined types over
// them, until the sizes settle (every part is complete by now).
void complete_layouts(Checker *c) {
    if (c->pending_layouts.len == 0)
        return;
    for (int round = 0; round <= c->pending_layouts.len; round++) {
        bool changed = false;
        for (int i = 0; i < c->pending_layouts.len; i++) {
            Type *t = VEC_AT(&c->pending_layouts, i);
            int64_t size = t->size;
            if (t->kind == TY_STRUCT)
                layout_struct(t);
            else
                *t = *new_array(t->elem, t->len);
            changed |= t->size != size;
        }
        for (int i = 0; i < c->defined_types.len; i++) {
            Type *t = VEC_AT(&c->defined_types, i);
            Type *u = underlying(t);
            changed |= t->size != u->size;
            t->size = u->size;
            t->align = u->align;
        }
        if (!changed)
            break;
    }
    c->pending_layouts.len = 0;
}

// check_map_keys reports the map types whose key type is not comparable, now
// that every type they mention is complete.
void check_map_keys(Checker *c) {
    for (int i = 0; i < c->map_keys.len; i++) {
        Node *n = VEC_AT(&c->map_keys, i);
        if (!is_comparable(n->ty->key))
            error_at(expr_start(n->key), "invalid map key type %s", type_string(n->ty->key));
    }
    c->map_keys.len = 0;
}

// ---- Structs (Go spec: Struct types) ---------------------------------------------------------

// embedded_name is the field name of an embedded field: the type name,
// without a pointer star.
static const char *embedded_name(Node *type) {
    if (type->kind == TYPE_POINTER || (type->kind == EXPR_UNARY && type->op == OP_DEREF))
        type = type->kind == TYPE_POINTER ? type->elem : type->lhs;
    type = unparen(type);
    if (type->kind == EXPR_SELECTOR)
        return type->name;
    return type->kind == EXPR_IDENT ? type->name : NULL;
}

// check_embedded_type applies the rules for an embedded field T or *T: T is
// a type name, and *T may not point to a pointer or an interface.
static bool check_embedded_type(Node *type, Type *t) {
    Pos at = type->pos;
    if (t->kind == TY_POINTER) {
        Type *base = underlying(t->elem);
        if (base->kind == TY_POINTER) {
            error_at(at, "embedded field type cannot be a pointer");
            return false;
        }
        if (base->kind == TY_INTERFACE) {
            error_at(at, "embedded field type cannot be a pointer to an interface");
            return false;
        }
        return true;
    }
    if (t->kind == TY_NAMED && underlying(t)->kind == TY_POINTER) {
        error_at(at, "embedded field type cannot be a pointer");
        return false;
    }
    return true;
}

static void add_field(Checker *c, Type *st, const char *name, Type *t, bool embedded, const char *tag,
                      Pos pos) {
    for (int i = 0; i < st->fields.len; i++) {
        Field *f = VEC_AT(&st->fields, i);
        if (strcmp(name, "_") != 0 && strcmp(f->name, name) == 0) {
            error_at(pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s", name, f->pos.file,
                     f->pos.line, f->pos.col, name);
            return;
        }
    }
    Field *f = NEW(Field);
    f->name = name;
    f->type = t;
    f->embedded = embedded;
    f->tag = tag;
    f->pkg = c->p->path;
    f->pos = pos;
    vec_push(&st->fields, f);
}

static Type *resolve_struct(Checker *c, Node *n) {
    Type *t = NEW(Type);
    t->kind = TY_STRUCT;
    bool ok = true;
    for (int i = 0; i < n->fields.len; i++) {
        Node *f = n->fields.items[i];
        bool indirect = f->type->kind == TYPE_POINTER ||
                        (f->type->kind == EXPR_UNARY && f->type->op == OP_DEREF);
        Type *ft = indirect ? resolve_type(c, f->type) : resolve_type_direct(c, f->type);
        if (ft == ty_invalid && f->embedded) {
            ok = false;
            continue;
        }
        if (f->embedded) {
            const char *name = embedded_name(f->type);
            if (!name) {
                error_at(f->type->pos, "invalid embedded field type %s", type_string(ft));
                ok = false;
            } else if (check_embedded_type(f->type, ft)) {
                add_field(c, t, name, ft, true, f->tag, f->type->pos);
            }
            continue;
        }
        for (int k = 0; k < f->names.len; k++) {
            Node *id = f->names.items[k];
            add_field(c, t, id->name, ft, false, f->tag, id->pos);
        }
    }
    if (!ok)
        return ty_invalid;
    layout_struct(t);
    for (int i = 0; i < t->fields.len; i++)
        if (is_incomplete(((Field *)VEC_AT(&t->fields, i))->type)) {
            vec_push(&c->pending_layouts, t);
            return t;
        }
    return type_size_ok(c, t, n) ? t : ty_invalid;
}

// ---- Functions (Go spec: Function types) -------------------------------------------------

// add_params resolves a parameter or result list into types and names. Only
// the last parameter may be variadic (...T, stored as []T).
static void add_params(Checker *c, Type *sig, NodeList *fields, bool results) {
    Vec *types = results ? &sig->results : &sig->params;
    Vec *names = results ? &sig->result_names : &sig->param_names;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        Node *tn = f->type;
        Type *t;
        if (tn->kind == TYPE_ELLIPSIS) {
            if (results || i != fields->len - 1 || f->names.len > 1) {
                error_at(tn->pos, "can only use ... with final parameter in list");
                t = resolve_type(c, tn->elem);
            } else {
                sig->variadic = true;
                t = resolve_type(c, tn->elem);
                if (t != ty_invalid)
                    t = new_slice(t);
            }
        } else {
            t = resolve_type(c, tn);
        }
        if (f->names.len == 0) {
            vec_push(types, t);
            vec_push(names, NULL);
        }
        for (int k = 0; k < f->names.len; k++) {
            vec_push(types, t);
            vec_push(names, (void *)((Node *)f->names.items[k])->name);
        }
    }
}

Type *resolve_signature(Checker *c, Node *n) {
    Type *t = new_func_type();
    c->indirect++;
    add_params(c, t, &n->params, false);
    add_params(c, t, &n->results, true);
    c->indirect--;
    n->ty = t;
    check_size_later(c, n);
    return t;
}

// ---- Interfaces (Go spec: Interface types) -----------------------------------------------

static void report_duplicate_method(Method *m, Pos at, Pos other);

static void add_interface_method(Type *t, Node *f, Type *sig) {
    Node *id = f->names.items[0];
    if (strcmp(id->name, "_") == 0) {
        error_at(id->pos, "methods must have a unique non-blank name");
        return;
    }
    for (int i = 0; i < t->methods.len; i++) {
        Method *m = VEC_AT(&t->methods, i);
        if (strcmp(m->name, id->name) == 0) {
            report_duplicate_method(m, id->pos, m->pos);
            return;
        }
    }
    Method *m = NEW(Method);
    m->name = id->name;
    m->type = sig;
    m->pos = id->pos;
    vec_push(&t->methods, m);
}

// report_duplicate_method reports method m, met at `at`, whose name an
// earlier method (declared or embedded at `other`) already has.
static void report_duplicate_method(Method *m, Pos at, Pos other) {
    error_at(at, "duplicate method %s\n\t%s:%d:%d: other declaration of %s", m->name, other.file,
             other.line, other.col, m->name);
}

// check_interface_duplicates checks the methods that embedding brings in: a
// name may come twice only with identical signatures (Go spec: Interface
// types, since Go 1.14). Declared methods come first, then each embedded
// interface's, at the embedding's position.
static void check_interface_duplicates(Type *t, Node *n) {
    Vec seen = {0}, where = {0};  // Method*, and the Pos* each came from
    for (int i = 0; i < t->methods.len; i++) {
        Method *m = VEC_AT(&t->methods, i);
        vec_push(&seen, m);
        vec_push(&where, &m->pos);
    }
    for (int i = 0, k = 0; i < n->fields.len && k < t->embeddeds.len; i++) {
        Node *f = n->fields.items[i];
        if (!f->embedded || f->type->ty != VEC_AT(&t->embeddeds, k))
            continue;
        Vec *em = interface_methods(VEC_AT(&t->embeddeds, k++));
        for (int j = 0; j < em->len; j++) {
            Method *m = VEC_AT(em, j);
            int prev = -1;
            for (int s = 0; s < seen.len && prev < 0; s++)
                if (strcmp(((Method *)VEC_AT(&seen, s))->name, m->name) == 0)
                    prev = s;
            if (prev < 0) {
                vec_push(&seen, m);
                vec_push(&where, &f->type->pos);
            } else if (!types_identical(((Method *)VEC_AT(&seen, prev))->type, m->type)) {
                report_duplicate_method(m, f->type->pos, *(Pos *)VEC_AT(&where, prev));
            }
        }
    }
}

static Type *resolve_interface(Checker *c, Node *n) {
    Type *t = NEW(Type);
    t->kind = TY_INTERFACE;
    t->size = 16;  // {tab or type, data}
    t->align = 8;
    for (int i = 0; i < n->fields.len; i++) {
        Node *f = n->fields.items[i];
        if (!f->embedded) {
            add_interface_method(t, f, resolve_signature(c, f->type));
            continue;
        }
        Type *e = resolve_type_direct(c, f->type);
        if (e == ty_invalid)
            continue;
        if (!is_interface(e) && !is_incomplete(e)) {
            error_at(f->type->pos, "interfaces with type constraints are not supported by mgc");
            continue;
        }
        vec_push(&t->embeddeds, e);
    }
    sort_methods(&t->methods);
    check_interface_duplicates(t, n);
    return t;
}

// ---- The dispatcher ---------------------------------------------------------------------------

static Type *resolve_type_internal(Checker *c, Node *n) {
    switch (n->kind) {
    case EXPR_IDENT: return resolve_type_ident(c, n);
    case EXPR_PAREN: return resolve_type(c, n->lhs);
    case TYPE_POINTER: {
        Type *elem = resolve_type_indirect(c, n->elem);
        return elem == ty_invalid ? ty_invalid : new_pointer(elem);
    }
    case EXPR_UNARY:
        if (n->op == OP_DEREF) {
            Type *elem = resolve_type_indirect(c, n->lhs);
            return elem == ty_invalid ? ty_invalid : new_pointer(elem);
        }
        break;
    case TYPE_SLICE: {
        Type *elem = resolve_type_indirect(c, n->elem);
        return elem == ty_invalid ? ty_invalid : new_slice(elem);
    }
    case TYPE_ARRAY: return resolve_array(c, n);
    case TYPE_MAP: return resolve_map(c, n);
    case TYPE_STRUCT: return resolve_struct(c, n);
    case TYPE_FUNC: return resolve_signature(c, n);
    case TYPE_INTERFACE: return resolve_interface(c, n);
    case TYPE_ELLIPSIS:
        error_at(n->pos, "invalid use of '...'");
        return ty_invalid;
    case EXPR_SELECTOR:
        if (n->lhs->kind == EXPR_IDENT) {
            Object *o = scope_lookup(c->scope, n->lhs->name);
            if (o && o->kind == OBJ_PACKAGE) {  // a qualified type name: strings.Builder
                Operand x = {0};
                check_package_member(c, &x, n, o);  // library.c: n becomes the identifier
                if (x.mode == MODE_INVALID)
                    return ty_invalid;
                if (x.mode != MODE_TYPE) {
                    error_at(n->pos, "%s is not a type", n->name);
                    return ty_invalid;
                }
                n->ty = x.type;
                return x.type;
            }
        }
        break;
    case TYPE_CHAN: return resolve_chan(c, n);
    case NODE_BAD: return ty_invalid;
    default: break;
    }
    error_at(expr_start(n), "%s is not a type", expr_string(n));
    return ty_invalid;
}

// resolve_type returns the type that type syntax n denotes.
Type *resolve_type(Checker *c, Node *n) {
    Type *t = resolve_type_internal(c, n);
    if (!n->ty)
        n->ty = t;
    return t;
}
