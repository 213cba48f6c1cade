// types.c: the predeclared types, type predicates, identity and type strings.
#include "check.h"

#include <stdlib.h>
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
Type *ty_error, *ty_any, *ty_byte, *ty_rune, *ty_complex64, *ty_complex128;

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
    ty_byte = basic(TY_UINT8, 1);
    ty_byte->name = "byte";
    ty_rune = basic(TY_INT32, 4);
    ty_rune->name = "rune";
    ty_complex64 = basic(TY_COMPLEX64, 8);
    ty_complex128 = basic(TY_COMPLEX128, 16);
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

bool is_interface(Type *t) { return underlying(t)->kind == TY_INTERFACE; }

bool is_pointer(Type *t) { return underlying(t)->kind == TY_POINTER; }

bool has_nil(Type *t) {
    switch (underlying(t)->kind) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_MAP:
    case TY_CHAN:
    case TY_FUNC:
    case TY_INTERFACE: return true;
    default: return false;
    }
}

// is_comparable implements Go spec "Comparison operators": booleans, numbers,
// strings, pointers and interfaces are comparable, structs and arrays when
// their fields or elements are; slices, maps and functions are not.
bool is_comparable(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_SLICE:
    case TY_MAP:
    case TY_FUNC:
    case TY_TUPLE:
    case TY_UNTYPED_NIL: return false;
    case TY_ARRAY: return is_comparable(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (!is_comparable(((Field *)VEC_AT(&u->fields, i))->type))
                return false;
        return true;
    default: return true;
    }
}

// ---- Composite types and their layout (gc's amd64 sizes) ----------------------------------

static Type *new_type(TypeKind kind, int64_t size, int align) {
    Type *t = NEW(Type);
    t->kind = kind;
    t->size = size;
    t->align = align;
    return t;
}

Type *new_pointer(Type *elem) {
    Type *t = new_type(TY_POINTER, 8, 8);
    t->elem = elem;
    return t;
}

Type *new_slice(Type *elem) {
    Type *t = new_type(TY_SLICE, 24, 8);  // {ptr, len, cap}
    t->elem = elem;
    return t;
}

Type *new_map(Type *key, Type *elem) {
    Type *t = new_type(TY_MAP, 8, 8);  // a pointer to the runtime's hmap
    t->key = key;
    t->elem = elem;
    return t;
}

Type *new_chan(Type *elem, int dir) {
    Type *t = new_type(TY_CHAN, 8, 8);  // a pointer to the runtime's hchan
    t->elem = elem;
    t->chan_dir = dir;
    return t;
}

// new_array makes [len]elem. elem's size must be known (the checker resolves
// element types before it builds the array). Sizes stop at MAX_WIDTH, which
// the checker reports (check_type_size).
Type *new_array(Type *elem, int64_t len) {
    int64_t size = elem->size && len > MAX_WIDTH / elem->size ? MAX_WIDTH : elem->size * len;
    Type *t = new_type(TY_ARRAY, size, elem->align ? elem->align : 1);
    t->elem = elem;
    t->len = len;
    return t;
}

static int64_t align_up(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

// layout_struct gives each field its offset and the struct its size and
// alignment as gc does (cmd/compile/internal/types.CalcStructSize): fields in
// order at their alignment, the size rounded up to the largest alignment, and
// one byte of padding after a final zero-size field so that a pointer to it
// never points past the object. Offsets stop at MAX_WIDTH.
void layout_struct(Type *t) {
    int64_t off = 0;
    int align = 1;
    for (int i = 0; i < t->fields.len; i++) {
        Field *f = VEC_AT(&t->fields, i);
        int a = f->type->align ? f->type->align : 1;
        off = align_up(off, a);
        f->offset = off;
        off = off + f->type->size > MAX_WIDTH ? MAX_WIDTH : off + f->type->size;
        if (a > align)
            align = a;
    }
    if (t->fields.len && off > 0 && ((Field *)VEC_AT(&t->fields, t->fields.len - 1))->type->size == 0)
        off++;
    t->size = align_up(off, align);
    t->align = align;
}

// method_id orders methods as types2 does (Object.Id): exported names by
// themselves, unexported ones qualified by their package, "main.".
static const char *method_id(Method *m) {
    unsigned char c0 = (unsigned char)m->name[0];
    return (c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80 ? m->name : arena_printf("main.%s", m->name);
}

static int compare_methods(const void *a, const void *b) {
    return strcmp(method_id(*(Method *const *)a), method_id(*(Method *const *)b));
}

void sort_methods(Vec *methods) {
    if (methods->len > 1)
        qsort(methods->items, (size_t)methods->len, sizeof(void *), compare_methods);
}

// interface_methods returns the complete method set of interface type t: its
// own methods and those of the interfaces it embeds, sorted (types2
// computeInterfaceTypeSet). The checker has reported duplicates already.
Vec *interface_methods(Type *t) {
    static Vec none;
    t = underlying(t);
    if (t->kind != TY_INTERFACE)
        return &none;  // an invalid or incomplete type: no methods (yet)
    if (t->complete)
        return &t->method_set;
    t->complete = true;  // an embedding cycle was reported; stop here
    bool incomplete = false;
    Vec set = {0};
    for (int i = 0; i < t->methods.len; i++)
        vec_push(&set, VEC_AT(&t->methods, i));
    for (int i = 0; i < t->embeddeds.len; i++) {
        Type *e = VEC_AT(&t->embeddeds, i);
        if (!is_interface(e)) {
            incomplete = true;  // embedded while its own declaration was resolved
            continue;
        }
        Vec *em = interface_methods(e);
        for (int k = 0; k < em->len; k++) {
            Method *m = VEC_AT(em, k);
            bool dup = false;
            for (int j = 0; j < set.len && !dup; j++)
                dup = strcmp(((Method *)VEC_AT(&set, j))->name, m->name) == 0;
            if (!dup)
                vec_push(&set, m);
        }
    }
    sort_methods(&set);
    t->method_set = set;
    t->complete = !incomplete;
    return &t->method_set;
}

static bool identical(Type *a, Type *b, bool ignore_tags);

static bool type_lists_identical(Vec *a, Vec *b, bool ignore_tags) {
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++)
        if (!identical(VEC_AT(a, i), VEC_AT(b, i), ignore_tags))
            return false;
    return true;
}

static bool structs_identical(Type *a, Type *b, bool ignore_tags) {
    if (a->fields.len != b->fields.len)
        return false;
    for (int i = 0; i < a->fields.len; i++) {
        Field *f = VEC_AT(&a->fields, i), *g = VEC_AT(&b->fields, i);
        if (f->embedded != g->embedded || strcmp(f->name, g->name) != 0 ||
            (!ignore_tags && strcmp(f->tag ? f->tag : "", g->tag ? g->tag : "") != 0) ||
            !identical(f->type, g->type, ignore_tags))
            return false;
    }
    return true;
}

// IfacePair is a comparison of two interfaces in progress: meeting the same
// pair again inside their method signatures (`type I interface{ F()
// interface{I} }`) assumes they are identical (= types2 ifacePair).
typedef struct IfacePair {
    Type *a, *b;
    struct IfacePair *outer;
} IfacePair;

static IfacePair *iface_pairs;

static bool interfaces_identical(Type *a, Type *b, bool ignore_tags) {
    for (IfacePair *p = iface_pairs; p; p = p->outer)
        if ((p->a == a && p->b == b) || (p->a == b && p->b == a))
            return true;
    Vec *ma = interface_methods(a), *mb = interface_methods(b);
    if (ma->len != mb->len)
        return false;
    IfacePair pair = {a, b, iface_pairs};
    iface_pairs = &pair;
    bool same = true;
    for (int i = 0; i < ma->len && same; i++) {
        Method *f = VEC_AT(ma, i), *g = VEC_AT(mb, i);
        same = strcmp(f->name, g->name) == 0 && identical(f->type, g->type, ignore_tags);
    }
    iface_pairs = pair.outer;
    return same;
}

// identical implements Go spec "Type identity": named and basic types are
// canonical and compare by pointer; composite types are identical when they
// are built alike from identical parts (field names, embedding and tags too;
// parameter names do not matter). Conversions ignore struct tags.
static bool identical(Type *a, Type *b, bool ignore_tags) {
    if (a == b)
        return true;
    if (a->kind != b->kind || a->kind == TY_NAMED)
        return false;
    switch (a->kind) {
    case TY_POINTER:
    case TY_SLICE: return identical(a->elem, b->elem, ignore_tags);
    case TY_ARRAY: return a->len == b->len && identical(a->elem, b->elem, ignore_tags);
    case TY_MAP: return identical(a->key, b->key, ignore_tags) && identical(a->elem, b->elem, ignore_tags);
    case TY_CHAN: return a->chan_dir == b->chan_dir && identical(a->elem, b->elem, ignore_tags);
    case TY_FUNC:
        return a->variadic == b->variadic && type_lists_identical(&a->params, &b->params, ignore_tags) &&
               type_lists_identical(&a->results, &b->results, ignore_tags);
    case TY_TUPLE: return type_lists_identical(&a->results, &b->results, ignore_tags);
    case TY_STRUCT: return structs_identical(a, b, ignore_tags);
    case TY_INTERFACE: return interfaces_identical(a, b, ignore_tags);
    default: return is_basic_kind(a->kind);  // byte is uint8, rune is int32
    }
}

bool types_identical(Type *a, Type *b) { return identical(a, b, false); }

bool types_identical_ignore_tags(Type *a, Type *b) { return identical(a, b, true); }

static const char *basic_names[] = {
    [TY_BOOL] = "bool",       [TY_INT] = "int",         [TY_INT8] = "int8",
    [TY_INT16] = "int16",     [TY_INT32] = "int32",     [TY_INT64] = "int64",
    [TY_UINT] = "uint",       [TY_UINT8] = "uint8",     [TY_UINT16] = "uint16",
    [TY_UINT32] = "uint32",   [TY_UINT64] = "uint64",   [TY_UINTPTR] = "uintptr",
    [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64", [TY_STRING] = "string",
    [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128",
    [TY_UNTYPED_BOOL] = "untyped bool",     [TY_UNTYPED_INT] = "untyped int",
    [TY_UNTYPED_RUNE] = "untyped rune",     [TY_UNTYPED_FLOAT] = "untyped float",
    [TY_UNTYPED_STRING] = "untyped string", [TY_UNTYPED_NIL] = "untyped nil",
};

static void write_type(Buf *b, Type *t);

bool is_basic_kind(TypeKind k) {
    return (k >= TY_BOOL && k < TY_ARRAY) || k == TY_STRING || (k >= TY_UNTYPED_BOOL && k <= TY_UNTYPED_NIL);
}

// write_tuple writes a parameter or result list as types2 does: "(x int, y
// string)", "(int, string)", with "...T" for a variadic last parameter.
static void write_tuple(Buf *b, Vec *types, Vec *names, bool variadic) {
    buf_putc(b, '(');
    for (int i = 0; i < types->len; i++) {
        if (i > 0)
            buf_puts(b, ", ");
        const char *name = names && i < names->len ? VEC_AT(names, i) : NULL;
        if (name)
            buf_printf(b, "%s ", name);
        Type *t = VEC_AT(types, i);
        if (variadic && i == types->len - 1 && t->kind == TY_SLICE) {
            buf_puts(b, "...");
            t = t->elem;
        }
        write_type(b, t);
    }
    buf_putc(b, ')');
}

// write_signature writes a function type without "func": "(x int) string".
void write_signature(Buf *b, Type *t) {
    write_tuple(b, &t->params, &t->param_names, t->variadic);
    if (t->results.len == 0)
        return;
    buf_putc(b, ' ');
    bool named = t->result_names.len && VEC_AT(&t->result_names, 0);
    if (t->results.len == 1 && !named)
        write_type(b, VEC_AT(&t->results, 0));
    else
        write_tuple(b, &t->results, &t->result_names, false);
}

// go_quote quotes s as Go's strconv.Quote does for printable ASCII.
static const char *go_quote(const char *s) {
    Buf b = {0};
    buf_putc(&b, '"');
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            buf_printf(&b, "\\%c", ch);
        else if (ch < 0x20 || ch == 0x7f)
            buf_printf(&b, "\\x%02x", ch);
        else
            buf_putc(&b, (char)ch);
    }
    buf_putc(&b, '"');
    return buf_cstr(&b);
}

// write_chan: chan T, chan<- T, <-chan T; chan (<-chan T) needs parentheses.
static void write_chan(Buf *b, Type *t) {
    bool parens = t->chan_dir == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->chan_dir == CHAN_RECV;
    buf_puts(b, t->chan_dir == CHAN_SEND ? "chan<- " : t->chan_dir == CHAN_RECV ? "<-chan " : "chan ");
    buf_puts(b, parens ? "(" : "");
    write_type(b, t->elem);
    buf_puts(b, parens ? ")" : "");
}

static void write_struct(Buf *b, Type *t) {
    buf_puts(b, "struct{");
    for (int i = 0; i < t->fields.len; i++) {
        Field *f = VEC_AT(&t->fields, i);
        if (i > 0)
            buf_puts(b, "; ");
        if (!f->embedded)
            buf_printf(b, "%s ", f->name);
        write_type(b, f->type);
        if (f->tag && *f->tag)
            buf_printf(b, " %s", go_quote(f->tag));
    }
    buf_putc(b, '}');
}

static void write_interface(Buf *b, Type *t) {
    if (t->is_any) {
        buf_puts(b, "any");
        return;
    }
    buf_puts(b, "interface{");
    for (int i = 0; i < t->methods.len; i++) {
        Method *m = VEC_AT(&t->methods, i);
        if (i > 0)
            buf_puts(b, "; ");
        buf_puts(b, m->name);
        write_signature(b, m->type);
    }
    for (int i = 0; i < t->embeddeds.len; i++) {
        if (i > 0 || t->methods.len)
            buf_puts(b, "; ");
        write_type(b, VEC_AT(&t->embeddeds, i));
    }
    buf_putc(b, '}');
}

// write_type writes t as gc's type checker prints it in messages.
static void write_type(Buf *b, Type *t) {
    switch (t->kind) {
    case TY_NAMED:
        // Messages name types of the program unqualified ("T") and those of
        // a library package by its name ("os.File"); the run-time type string
        // ("main.T") is codegen's business.
        if (t->obj && t->obj->pkg && strcmp(t->obj->pkg, "main") != 0)
            buf_printf(b, "%s.", package_name(t->obj->pkg));
        buf_puts(b, t->obj ? t->obj->name : "?");
        return;
    case TY_INVALID: buf_puts(b, "invalid type"); return;
    case TY_TUPLE: write_tuple(b, &t->results, NULL, false); return;
    case TY_FUNC: buf_puts(b, "func"); write_signature(b, t); return;
    case TY_POINTER: buf_putc(b, '*'); write_type(b, t->elem); return;
    case TY_SLICE: buf_puts(b, "[]"); write_type(b, t->elem); return;
    case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); write_type(b, t->elem); return;
    case TY_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key);
        buf_putc(b, ']');
        write_type(b, t->elem);
        return;
    case TY_CHAN: write_chan(b, t); return;
    case TY_STRUCT: write_struct(b, t); return;
    case TY_INTERFACE: write_interface(b, t); return;
    default:
        if (t->name) {  // byte and rune keep their names
            buf_puts(b, t->name);
            return;
        }
        if ((size_t)t->kind < sizeof basic_names / sizeof *basic_names && basic_names[t->kind]) {
            buf_puts(b, basic_names[t->kind]);
            return;
        }
        buf_puts(b, "?");
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
