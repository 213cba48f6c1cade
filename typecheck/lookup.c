// lookup.c: finding fields and methods, through embedded fields at any depth
// (Go spec: Selectors, Method sets), and interface satisfaction (Go spec:
// Interface types, "implements").
#include "check.h"

#include <stdlib.h>
#include <string.h>

// Embedded is one type to search at the current depth of a lookup (= types2
// embeddedType): the path of field indices that leads to it, whether a pointer
// was followed on the way, and whether it occurs more than once at this depth.
typedef struct Embedded {
    Type *type;
    int *path;
    int depth;
    bool indirect;
    bool multiples;
} Embedded;

static int *path_append(int *path, int depth, int index) {
    int *p = arena_alloc(sizeof(int) * (size_t)(depth + 1));
    if (depth)
        memcpy(p, path, sizeof(int) * (size_t)depth);
    p[depth] = index;
    return p;
}

static Type *deref(Type *t, bool *is_ptr) {
    *is_ptr = t->kind == TY_POINTER;
    return *is_ptr ? t->elem : t;
}

static Method *find_method(Vec *methods, const char *name, bool fold_case, int *index) {
    for (int i = 0; i < methods->len; i++) {
        Method *m = VEC_AT(methods, i);
        if (strcmp(m->name, name) == 0 || (fold_case && strcasecmp(m->name, name) == 0)) {
            *index = i;
            return m;
        }
    }
    return NULL;
}

// consolidate drops the types that occur twice at one depth, marking the
// first occurrence: a name found through either is ambiguous (types2
// consolidateMultiples).
static void consolidate(Vec *next) {
    int n = 0;
    for (int i = 0; i < next->len; i++) {
        Embedded *e = VEC_AT(next, i);
        bool dup = false;
        for (int k = 0; k < n && !dup; k++) {
            Embedded *prev = VEC_AT(next, k);
            if (types_identical(prev->type, e->type)) {
                prev->multiples = true;
                dup = true;
            }
        }
        if (!dup)
            next->items[n++] = e;
    }
    next->len = n;
}

// Found accumulates what a lookup has found at the current depth.
typedef struct Found {
    Selection *sel;
    bool collision;
} Found;

static void found(Found *f, Embedded *e, int index, Field *field, Method *method) {
    if (f->sel || e->multiples) {
        f->collision = true;
        return;
    }
    Selection *s = NEW(Selection);
    s->kind = field ? SEL_FIELD : SEL_METHOD;
    s->path = path_append(e->path, e->depth, index);
    s->depth = e->depth + 1;
    s->field = field;
    s->method = method;
    s->indirect = e->indirect;
    f->sel = s;
}

// search_one looks for name in one type of the current depth and queues the
// types of its embedded fields for the next depth.
static void search_one(Embedded *e, const char *name, bool fold_case, Found *f, Vec *next,
                       Vec *seen) {
    Type *t = e->type;
    int index;
    if (t->kind == TY_NAMED) {
        for (int i = 0; i < seen->len; i++)
            if (VEC_AT(seen, i) == t)
                return;
        vec_push(seen, t);
        Method *m = find_method(&t->methods, name, fold_case, &index);
        if (m) {
            found(f, e, index, NULL, m);
            return;
        }
    }
    Type *u = underlying(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->fields.len; i++) {
            Field *fld = VEC_AT(&u->fields, i);
            if (strcmp(fld->name, name) == 0) {
                found(f, e, i, fld, NULL);
                continue;
            }
            if (!f->sel && fld->embedded) {
                Embedded *n = NEW(Embedded);
                bool is_ptr;
                n->type = deref(fld->type, &is_ptr);
                n->path = path_append(e->path, e->depth, i);
                n->depth = e->depth + 1;
                n->indirect = e->indirect || is_ptr;
                n->multiples = e->multiples;
                vec_push(next, n);
            }
        }
    } else if (u->kind == TY_INTERFACE) {
        Method *m = find_method(interface_methods(u), name, fold_case, &index);
        if (m)
            found(f, e, index, NULL, m);
    }
}

// lookup_field_or_method finds the field or method `name` of type t (=
// types2 lookupFieldOrMethod): breadth first through embedded fields, the
// shallowest depth wins, and two at the same depth are ambiguous. It returns
// NULL if there is none; *ambiguous says a collision hid it, and
// *needs_addr that the method has a pointer receiver but t is a
// non-addressable value.
Selection *lookup_field_or_method(Type *t, bool addressable, const char *name, bool fold_case,
                                  bool *ambiguous, bool *needs_addr) {
    *ambiguous = *needs_addr = false;
    if (strcmp(name, "_") == 0)
        return NULL;
    if (t->kind == TY_NAMED && underlying(t)->kind == TY_POINTER) {
        // A named pointer type has no methods, but the fields of its base.
        Selection *s = lookup_field_or_method(underlying(t), false, name, fold_case, ambiguous,
                                              needs_addr);
        return s && s->kind == SEL_FIELD ? s : NULL;
    }
    bool is_ptr;
    Embedded *start = NEW(Embedded);
    start->type = deref(t, &is_ptr);
    start->indirect = is_ptr;
    if (is_ptr && is_interface(start->type))
        return NULL;  // pointers to interfaces have no methods
    Vec current = {0}, seen = {0};
    vec_push(&current, start);
    while (current.len) {
        Vec next = {0};
        Found f = {0};
        for (int i = 0; i < current.len; i++)
            search_one(VEC_AT(&current, i), name, fold_case, &f, &next, &seen);
        if (f.collision) {
            *ambiguous = true;
            return NULL;
        }
        if (f.sel) {
            Method *m = f.sel->method;
            if (m && m->ptr_recv && !f.sel->indirect && !addressable) {
                *needs_addr = true;
                return NULL;
            }
            f.sel->recv = t;
            return f.sel;
        }
        consolidate(&next);
        current = next;
    }
    return NULL;
}

// ---- Interface satisfaction -----------------------------------------------------------------

static Method *find_method_of(Type *t, const char *name, bool fold_case) {
    bool amb, addr;
    Selection *s = lookup_field_or_method(t, false, name, fold_case, &amb, &addr);
    return s ? s->method : NULL;
}

// missing_method returns the first method of interface `iface` that type t
// lacks (= types2 missingMethod, static), or NULL. *alt is a method that
// explains why: one of the same name with another type, one with a pointer
// receiver, or one whose name differs only in case.
static Method *missing_method(Type *t, Type *iface, Method **alt) {
    Vec *want = interface_methods(iface);
    *alt = NULL;
    for (int i = 0; i < want->len; i++) {
        Method *m = VEC_AT(want, i);
        if (is_interface(t)) {
            int index;
            Method *f = find_method(interface_methods(t), m->name, false, &index);
            if (!f)
                return m;
            if (!types_identical(f->type, m->type)) {
                *alt = f;
                return m;
            }
            continue;
        }
        Method *f = find_method_of(t, m->name, false);
        bool found = f != NULL;
        if (!found) {
            f = find_method_of(new_pointer(t), m->name, false);
            if (!f)
                f = find_method_of(t, m->name, true);
        }
        if (!f)
            return m;
        if (!found || !types_identical(f->type, m->type)) {
            *alt = f;
            return m;
        }
    }
    return NULL;
}

static const char *func_string(Method *m) {
    Buf b = {0};
    buf_puts(&b, m->name);
    write_signature(&b, m->type);
    return buf_cstr(&b);
}

// missing_method_reason explains why a method is missing, in gc's words
// (= types2 missingMethodReason with compiler error messages).
static const char *missing_method_reason(Type *t, Type *iface, Method *m, Method *alt) {
    (void)iface;
    if (alt) {
        if (strcmp(m->name, alt->name) != 0)
            return arena_printf("(missing %s method)\n\t\thave %s\n\t\twant %s", m->name,
                                func_string(alt), func_string(m));
        if (types_identical(m->type, alt->type))
            return arena_printf("(%s method has pointer receiver)", m->name);
        return arena_printf("(wrong type for %s method)\n\t\thave %s\n\t\twant %s", m->name,
                            func_string(alt), func_string(m));
    }
    if (is_pointer(t) && is_interface(underlying(t)->elem))
        return arena_printf("(type %s is pointer to interface, not interface)", type_string(t));
    return arena_printf("(missing %s method)", m->name);
}

// implements says whether t implements interface type iface (Go spec:
// Interface types). If not, and `why` is not NULL, it says why, in gc's words:
// "T does not implement I (missing M method)".
bool implements(Type *t, Type *iface, const char **why) {
    if (underlying(t) == ty_invalid || underlying(iface) == ty_invalid)
        return true;
    if (!is_interface(iface)) {
        if (why) {
            const char *cause = is_pointer(iface) && is_interface(underlying(iface)->elem)
                                    ? arena_printf("type %s is pointer to interface, not interface",
                                                   type_string(iface))
                                    : arena_printf("%s is not an interface", type_string(iface));
            *why = arena_printf("%s does not implement %s (%s)", type_string(t),
                                type_string(iface), cause);
        }
        return false;
    }
    Method *alt;
    Method *m = missing_method(t, iface, &alt);
    if (!m)
        return true;
    if (why)
        *why = arena_printf("%s does not implement %s %s", type_string(t), type_string(iface),
                            missing_method_reason(t, iface, m, alt));
    return false;
}

// assertable says whether a value of interface type iface may hold a value of
// type t, so that x.(t) can succeed (Go spec: Type assertions): an interface
// t always may; a concrete t must have every method of iface. *cause
// explains a failure: "(missing M method)".
bool assertable(Type *iface, Type *t, const char **cause) {
    if (is_interface(t) || underlying(t) == ty_invalid)
        return true;
    Method *alt;
    Method *m = missing_method(t, iface, &alt);
    if (!m)
        return true;
    *cause = missing_method_reason(t, iface, m, alt);
    return false;
}

// ---- Method sets (Go spec: Method sets) ------------------------------------------------

static bool has_name(Vec *names, const char *name) {
    for (int i = 0; i < names->len; i++)
        if (strcmp(VEC_AT(names, i), name) == 0)
            return true;
    return false;
}

// collect_method_names adds the names of the methods declared on t or
// promoted into it from embedded fields, at any depth (a superset of the
// method set: lookup decides which names really select a method).
static void collect_method_names(Type *t, Vec *names, Vec *seen) {
    for (int i = 0; i < seen->len; i++)
        if (VEC_AT(seen, i) == t)
            return;
    vec_push(seen, t);
    Vec *methods = t->kind == TY_NAMED ? &t->methods : NULL;
    if (is_interface(t))
        methods = interface_methods(t);
    for (int i = 0; methods && i < methods->len; i++) {
        Method *m = VEC_AT(methods, i);
        if (!has_name(names, m->name))
            vec_push(names, (void *)m->name);
    }
    Type *u = underlying(t);
    for (int i = 0; u->kind == TY_STRUCT && i < u->fields.len; i++) {
        Field *f = VEC_AT(&u->fields, i);
        if (f->embedded) {
            bool is_ptr;
            collect_method_names(deref(f->type, &is_ptr), names, seen);
        }
    }
}

// compare_selections orders methods as gc's Sym.Less: exported names first,
// then bytewise (all names are of package main).
static int compare_selections(const void *a, const void *b) {
    const char *x = (*(const Selection *const *)a)->method->name;
    const char *y = (*(const Selection *const *)b)->method->name;
    bool ex = x[0] >= 'A' && x[0] <= 'Z', ey = y[0] >= 'A' && y[0] <= 'Z';
    if (ex != ey)
        return ex ? -1 : 1;
    return strcmp(x, y);
}

// method_set: every name that selects a method of a value of type t (a
// pointer receiver only through a pointer: t itself or an embedded one), =
// gc's methods(t) with types.IsMethodApplicable.
Vec method_set(Type *t) {
    Vec names = {0}, seen = {0}, set = {0};
    bool is_ptr;
    Type *base = deref(t, &is_ptr);
    if (is_interface(t) || (is_ptr && is_interface(base)) ||
        (t->kind == TY_NAMED && underlying(t)->kind == TY_POINTER))
        return set;
    collect_method_names(base, &names, &seen);
    for (int i = 0; i < names.len; i++) {
        bool ambiguous, needs_addr;
        Selection *s = lookup_field_or_method(t, false, VEC_AT(&names, i), false, &ambiguous,
                                              &needs_addr);
        if (s && s->kind == SEL_METHOD)
            vec_push(&set, s);
    }
    if (set.len > 1)
        qsort(set.items, (size_t)set.len, sizeof(void *), compare_selections);
    return set;
}
