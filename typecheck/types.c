// types.c: the predeclared types, type predicates, identity and type strings.
#include "check.h"

#include <string.h>

static Type *basic(TypeKind kind, int64_t size) {
    Type *t = NEW(Type);
    t->kind = kind;
    t->size = size;
    t->align = size ? (int)size : 1;
    t->underlying = t;
    return t;
}

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
Type *ty_float32, *ty_float64, *ty_string, *ty_invalid;
Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
    *ty_untyped_string, *ty_untyped_nil;

void init_types(void) {
    if (ty_int)
        return;
    ty_bool = basic(TY_BOOL, 1);
    ty_int = basic(TY_INT, 8);
    ty_int8 = basic(TY_INT8, 1);
    ty_int16 = basic(TY_INT16, 2);
    ty_int32 = basic(TY_INT32, 4);
    ty_int64 = basic(TY_INT64, 8);
    ty_uint = basic(TY_UINT, 8);
    ty_uint8 = basic(TY_UINT8, 1);
    ty_uint16 = basic(TY_UINT16, 2);
    ty_uint32 = basic(TY_UINT32, 4);
    ty_uint64 = basic(TY_UINT64, 8);
    ty_uintptr = basic(TY_UINTPTR, 8);
    ty_float32 = basic(TY_FLOAT32, 4);
    ty_float64 = basic(TY_FLOAT64, 8);
    ty_string = basic(TY_STRING, 16);
    ty_string->align = 8;
    ty_invalid = basic(TY_INVALID, 0);
    ty_untyped_bool = basic(TY_UNTYPED_BOOL, 0);
    ty_untyped_int = basic(TY_UNTYPED_INT, 0);
    ty_untyped_rune = basic(TY_UNTYPED_RUNE, 0);
    ty_untyped_float = basic(TY_UNTYPED_FLOAT, 0);
    ty_untyped_string = basic(TY_UNTYPED_STRING, 0);
    ty_untyped_nil = basic(TY_UNTYPED_NIL, 0);
}

Type *underlying(Type *t) { return t->kind == TY_NAMED ? t->underlying : t; }

bool is_integer(Type *t) {
    TypeKind k = underlying(t)->kind;
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool is_unsigned(Type *t) {
    TypeKind k = underlying(t)->kind;
    return k >= TY_UINT && k <= TY_UINTPTR;
}

bool is_float(Type *t) {
    TypeKind k = underlying(t)->kind;
    return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool is_string(Type *t) {
    TypeKind k = underlying(t)->kind;
    return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool is_boolean(Type *t) {
    TypeKind k = underlying(t)->kind;
    return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool is_untyped(Type *t) { return t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }

bool is_numeric(Type *t) { return is_integer(t) || is_float(t); }

// types_identical implements Go spec "Type identity" for the types the checker
// builds so far; named and basic types are canonical, so they compare by pointer.
bool types_identical(Type *a, Type *b) {
    if (a == b)
        return true;
    if (a->kind != b->kind || a->kind == TY_NAMED || a->kind <= TY_STRING)
        return false;
    if (a->kind == TY_FUNC) {
        if (a->params.len != b->params.len || a->results.len != b->results.len ||
            a->variadic != b->variadic)
            return false;
        for (int i = 0; i < a->params.len; i++)
            if (!types_identical(VEC_AT(&a->params, i), VEC_AT(&b->params, i)))
                return false;
        for (int i = 0; i < a->results.len; i++)
            if (!types_identical(VEC_AT(&a->results, i), VEC_AT(&b->results, i)))
                return false;
        return true;
    }
    return false;
}

static const char *basic_names[] = {
    [TY_BOOL] = "bool",       [TY_INT] = "int",         [TY_INT8] = "int8",
    [TY_INT16] = "int16",     [TY_INT32] = "int32",     [TY_INT64] = "int64",
    [TY_UINT] = "uint",       [TY_UINT8] = "uint8",     [TY_UINT16] = "uint16",
    [TY_UINT32] = "uint32",   [TY_UINT64] = "uint64",   [TY_UINTPTR] = "uintptr",
    [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64", [TY_STRING] = "string",
    [TY_UNTYPED_BOOL] = "untyped bool",     [TY_UNTYPED_INT] = "untyped int",
    [TY_UNTYPED_RUNE] = "untyped rune",     [TY_UNTYPED_FLOAT] = "untyped float",
    [TY_UNTYPED_STRING] = "untyped string", [TY_UNTYPED_NIL] = "untyped nil",
};

static void write_type(Buf *b, Type *t);

static void write_type_list(Buf *b, Vec *types, bool variadic) {
    for (int i = 0; i < types->len; i++) {
        if (i > 0)
            buf_puts(b, ", ");
        Type *t = VEC_AT(types, i);
        if (variadic && i == types->len - 1) {
            buf_puts(b, "...");
            t = t->elem;
        }
        write_type(b, t);
    }
}

// write_type writes t as gc's type checker prints it in messages.
static void write_type(Buf *b, Type *t) {
    switch (t->kind) {
    case TY_NAMED:
        // Messages name types of the package being compiled unqualified ("T");
        // the run-time type string ("main.T") is codegen's business.
        buf_puts(b, t->obj ? t->obj->name : "?");
        return;
    case TY_INVALID:
        buf_puts(b, "invalid type");
        return;
    case TY_TUPLE:
        buf_putc(b, '(');
        write_type_list(b, &t->results, false);
        buf_putc(b, ')');
        return;
    case TY_FUNC:
        buf_puts(b, "func(");
        write_type_list(b, &t->params, t->variadic);
        buf_putc(b, ')');
        if (t->results.len == 1) {
            buf_putc(b, ' ');
            write_type(b, VEC_AT(&t->results, 0));
        } else if (t->results.len > 1) {
            buf_puts(b, " (");
            write_type_list(b, &t->results, false);
            buf_putc(b, ')');
        }
        return;
    default:
        if ((size_t)t->kind < sizeof basic_names / sizeof *basic_names && basic_names[t->kind]) {
            buf_puts(b, basic_names[t->kind]);
            return;
        }
        unreachable();
    }
}

const char *type_string(Type *t) {
    Buf b = {0};
    write_type(&b, t);
    return buf_cstr(&b);
}

Type *new_func_type(void) {
    Type *t = NEW(Type);
    t->kind = TY_FUNC;
    t->size = 8;
    t->align = 8;
    return t;
}

Type *new_tuple(void) {
    Type *t = NEW(Type);
    t->kind = TY_TUPLE;
    return t;
}
