// composite.c: composite literals T{...} (Go spec: Composite literals), with
// element types elided inside an enclosing literal.
#include "check.h"

#include <string.h>

// check_element checks one element value against type t; an element written
// without its type (`{1, 2}` in `[]Point{{1, 2}}`) takes t (= types2
// exprWithHint).
static void check_element(Checker *c, Node *e, Type *t, const char *context) {
    Operand x;
    if (e->kind == EXPR_COMPOSITE && !e->type) {
        check_composite(c, &x, e, t);
        e->ty = x.mode == MODE_INVALID ? NULL : x.type;
    } else {
        check_expr(c, &x, e);
    }
    assign_operand(c, &x, t, context);
}

// ---- Structs ---------------------------------------------------------------------------------

static int field_index(Type *st, const char *name) {
    for (int i = 0; i < st->fields.len; i++)
        if (strcmp(((Field *)VEC_AT(&st->fields, i))->name, name) == 0)
            return i;
    return -1;
}

// check_keyed_struct checks T{f: v, ...}: every element names a field of T,
// once.
static void check_keyed_struct(Checker *c, Node *e, Type *base, Type *st) {
    bool *seen = arena_alloc(sizeof(bool) * (size_t)(st->fields.len + 1));
    for (int i = 0; i < e->list.len; i++) {
        Node *kv = e->list.items[i];
        if (kv->kind != EXPR_KEY_VALUE) {
            error_at(expr_start(kv), "mixture of field:value and value elements in struct literal");
            continue;
        }
        Node *key = kv->lhs;
        if (key->kind != EXPR_IDENT) {
            Operand v;
            check_expr(c, &v, kv->rhs);
            error_at(expr_start(kv), "invalid field name %s in struct literal", expr_string(key));
            continue;
        }
        int k = field_index(st, key->name);
        if (k < 0) {
            Operand v;
            check_expr(c, &v, kv->rhs);
            error_at(key->pos, "unknown field '%s' in struct literal of type %s", key->name,
                     type_string(base));
            continue;
        }
        check_element(c, kv->rhs, ((Field *)VEC_AT(&st->fields, k))->type, "struct literal");
        if (seen[k])
            error_at(expr_start(kv), "duplicate field name %s in struct literal", key->name);
        seen[k] = true;
    }
}

// check_positional_struct checks T{v1, v2, ...}: one value per field, in order.
static void check_positional_struct(Checker *c, Node *e, Type *base, Type *st) {
    for (int i = 0; i < e->list.len; i++) {
        Node *v = e->list.items[i];
        if (v->kind == EXPR_KEY_VALUE) {
            error_at(expr_start(v), "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (i >= st->fields.len) {
            Operand x;
            check_expr(c, &x, v);
            error_at(expr_start(v), "too many values in %s{…}", type_string(base));
            return;
        }
        check_element(c, v, ((Field *)VEC_AT(&st->fields, i))->type, "struct literal");
    }
    if (e->list.len < st->fields.len) {
        Pos rbrace = e->end;
        rbrace.col--;
        error_at(rbrace, "too few values in %s{…}", type_string(base));
    }
}

static void check_struct_lit(Checker *c, Node *e, Type *base, Type *st) {
    if (e->list.len == 0)
        return;
    if (((Node *)e->list.items[0])->kind == EXPR_KEY_VALUE)
        check_keyed_struct(c, e, base, st);
    else
        check_positional_struct(c, e, base, st);
}

// ---- Arrays, slices and maps -----------------------------------------------------------------

// check_indexed_elements checks the elements of an array or slice literal,
// with optional constant indices (= types2 indexedElts). It returns the
// literal's length: one past the largest index.
static int64_t check_indexed_elements(Checker *c, Node *e, Type *elem, int64_t length) {
    PtrSet seen = {0};  // the indices used, as (void *)(intptr_t)(index + 1)
    int64_t index = 0, max = 0;
    for (int i = 0; i < e->list.len; i++) {
        Node *el = e->list.items[i];
        Node *value = el;
        bool valid = false;
        if (el->kind == EXPR_KEY_VALUE) {
            int64_t k = check_index_value(c, el->lhs, length);
            if (k >= 0) {
                index = k;
                valid = true;
            } else if (k == -1) {
                error_at(expr_start(el), "index %s must be integer constant", expr_string(el->lhs));
            }
            value = el->rhs;
        } else if (length >= 0 && index >= length) {
            error_at(expr_start(el), "index %lld is out of bounds (>= %lld)", (long long)index,
                     (long long)length);
        } else {
            valid = true;
        }
        if (valid && !ptrset_add(&seen, (void *)(intptr_t)(index + 1)))
            error_at(expr_start(el), "duplicate index %lld in array or slice literal",
                     (long long)index);
        index++;
        if (index > max)
            max = index;
        check_element(c, value, elem, "array or slice literal");
    }
    return max;
}

// key_bucket names the bucket of constant keys a key's duplicates can be in:
// its exact text for integers, strings and booleans; one bucket for floats,
// whose equal values may be written differently (compared one by one).
static const char *key_bucket(const ConstValue *v) {
    switch (v->kind) {
    case CONST_BOOL:   return v->b ? "b:true" : "b:false";
    case CONST_INT:    return arena_printf("i:%s", mpz_get_str(NULL, 10, v->i));
    case CONST_STRING: return arena_printf("s:%zu:%.*s", v->slen, (int)v->slen, v->s);
    case CONST_FLOAT:  return "f";
    }
    unreachable();
}

// check_map_lit checks map[K]V{k: v, ...}: every element has a key, and no
// constant key appears twice (keys are kept in buckets by value, so a literal
// of 100,000 keys is not checked pair by pair).
static void check_map_lit(Checker *c, Node *e, Type *map) {
    StrMap buckets = {0};  // key_bucket -> Vec* of the constant keys' Operand*
    for (int i = 0; i < e->list.len; i++) {
        Node *kv = e->list.items[i];
        if (kv->kind != EXPR_KEY_VALUE) {
            Operand x;
            check_expr(c, &x, kv);
            error_at(expr_start(kv), "missing key in map literal");
            continue;
        }
        Operand *k = NEW(Operand);
        if (kv->lhs->kind == EXPR_COMPOSITE && !kv->lhs->type)
            check_composite(c, k, kv->lhs, map->key);
        else
            check_expr(c, k, kv->lhs);
        assign_operand(c, k, map->key, "map literal");
        if (k->mode == MODE_CONST) {
            bool dup = false;
            const char *name = key_bucket(k->cval);
            Vec *keys = strmap_get(&buckets, name);
            if (!keys)
                strmap_put(&buckets, name, keys = NEW(Vec));
            for (int j = 0; j < keys->len && !dup; j++) {
                Operand *prev = VEC_AT(keys, j);
                dup = types_identical(prev->type, k->type) && prev->cval->kind == k->cval->kind &&
                      const_compare(OP_EQ, prev->cval, k->cval);
            }
            if (dup) {
                error_at(expr_start(kv->lhs), "duplicate key %s in map literal",
                         const_string_repr(k->cval));
                continue;
            }
            vec_push(keys, k);
        }
        check_element(c, kv->rhs, map->elem, "map literal");
    }
}

// use_elements checks the values of a literal whose type is invalid, for
// their uses of names (types2 check.use).
static void use_elements(Checker *c, Node *e) {
    for (int i = 0; i < e->list.len; i++) {
        Node *el = e->list.items[i];
        Node *v = el->kind == EXPR_KEY_VALUE ? el->rhs : el;
        Operand x;
        if (v->kind == EXPR_COMPOSITE && !v->type)
            use_elements(c, v);
        else
            check_expr(c, &x, v);
    }
}

// ---- The literal ------------------------------------------------------------------------------

// literal_type finds the type of T{...}: written, `[...]T` with its length
// still to count, or elided and given by the enclosing literal (`*T` there
// means `&T{...}`). It sets *base to the type whose elements are listed.
static Type *literal_type(Checker *c, Node *e, Type *elided, Type **base) {
    if (e->type && e->type->kind == TYPE_ARRAY && !e->type->len) {
        Type *elem = resolve_type(c, e->type->elem);
        if (elem == ty_invalid)
            return NULL;
        *base = new_array(elem, -1);
        return *base;
    }
    if (e->type) {
        Type *t = resolve_type(c, e->type);
        *base = t;
        if (t->kind == TY_NAMED && t->obj->state == 1) {  // type F [len(F{})]int
            error_at(expr_start(e), "illegal cycle in type declaration");
            return NULL;
        }
        return t == ty_invalid ? NULL : t;
    }
    if (!elided) {
        error_at(e->pos, "missing type in composite literal");
        return NULL;
    }
    // Elided, the literal's type is known only through its core type, which
    // is what messages name (types2 deref(coreType(typ))).
    Type *u = underlying(elided);
    *base = u->kind == TY_POINTER ? underlying(u->elem) : u;
    return elided;
}

void check_composite(Checker *c, Operand *x, Node *e, Type *elided) {
    *x = (Operand){.mode = MODE_INVALID, .expr = e};
    Type *base;
    Type *t = literal_type(c, e, elided, &base);
    if (!t)
        return use_elements(c, e);
    Type *u = underlying(base);
    switch (u->kind) {
    case TY_STRUCT: check_struct_lit(c, e, base, u); break;
    case TY_ARRAY: {
        int64_t n = check_indexed_elements(c, e, u->elem, u->len);
        if (u->len < 0) {  // [...]T: the elements give the length
            *u = *new_array(u->elem, n);
            e->type->ty = u;
        }
        break;
    }
    case TY_SLICE: check_indexed_elements(c, e, u->elem, -1); break;
    case TY_MAP: check_map_lit(c, e, u); break;
    default:
        use_elements(c, e);
        if (u != ty_invalid)
            error_at(e->pos, "invalid composite literal type %s", type_string(t));
        return;
    }
    x->mode = MODE_VALUE;
    x->type = t;
    e->ty = t;
}
