// dwarf_types.c: the Go types of variables as DWARF describes them (-g), named
// and shaped as gc's DWARF names and shapes them, because gdb's Go support
// recognizes some of them by name and shape (gdb/go-lang.c):
//
//     int, bool, float64, main.Celsius     base types (DW_ATE_signed, _boolean, ...)
//     string                               struct string { str *uint8; len int }
//     []T                                  struct []T { array *T; len int; cap int }
//     [N]T                                 array of N T
//     *T                                   pointer to T
//     map[K]V, chan T, func(...)           pointers named so (the runtime's objects
//                                          behind them are not described)
//     unsafe.Pointer                       a pointer to nothing
//     main.Rect, struct { ... }            struct with its fields at gc's offsets
//     interface {} (and any empty one)     typedef of runtime.eface { _type *runtime._type;
//                                                                     data unsafe.Pointer }
//     main.Shape (a non-empty interface)   typedef of runtime.iface { tab *runtime.itab;
//                                                                     data unsafe.Pointer }
//
// runtime.itab and runtime._type have go1.19's fields, so `p *s.tab` and
// `p *e._type` decode the descriptors mgc emits (codegen/typedata.c; keep in
// sync with docs/ABI.md and runtime/).
#include "lower.h"

enum { DW_ATE_boolean = 2, DW_ATE_float = 4, DW_ATE_signed = 5, DW_ATE_unsigned = 7 };

static IrDbgType *new_dbg(IrDbgKind kind, const char *name, int64_t size, IrDbgType *elem) {
    IrDbgType *d = NEW(IrDbgType);
    d->kind = kind;
    d->name = name;
    d->size = size;
    d->elem = elem;
    return d;
}

static void add_field(IrDbgType *s, const char *name, int64_t offset, IrDbgType *t) {
    IrDbgField *f = NEW(IrDbgField);
    f->name = name;
    f->offset = offset;
    f->type = t;
    vec_push(&s->fields, f);
}

// memo returns the type already made under key (a gc link string or a runtime
// type's name), or NULL.
static IrDbgType *memo(Gen *g, const char *key) { return strmap_get(&g->shared->dbg_types, key); }

static IrDbgType *remember(Gen *g, const char *key, IrDbgType *d) {
    strmap_put(&g->shared->dbg_types, key, d);
    return d;
}

static IrDbgType *base(Gen *g, const char *name, int64_t size, int encoding) {
    IrDbgType *d = memo(g, name);
    if (d)
        return d;
    d = remember(g, name, new_dbg(DBG_BASE, name, size, NULL));
    d->encoding = encoding;
    return d;
}

static IrDbgType *uintptr_type(Gen *g) { return base(g, "uintptr", 8, DW_ATE_unsigned); }
static IrDbgType *int_type(Gen *g) { return base(g, "int", 8, DW_ATE_signed); }
static IrDbgType *uint8_type(Gen *g) { return base(g, "uint8", 1, DW_ATE_unsigned); }

static IrDbgType *pointer(Gen *g, const char *name, IrDbgType *to) {
    IrDbgType *d = memo(g, name);
    return d ? d : remember(g, name, new_dbg(DBG_POINTER, name, 8, to));
}

static IrDbgType *unsafe_pointer(Gen *g) { return pointer(g, "unsafe.Pointer", NULL); }

static IrDbgType *array(Gen *g, IrDbgType *elem, int64_t n) {
    const char *name = arena_printf("[%lld]%s", (long long)n, elem->name);
    IrDbgType *d = memo(g, name);
    if (d)
        return d;
    d = remember(g, name, new_dbg(DBG_ARRAY, name, elem->size * n, elem));
    d->count = n;
    return d;
}

// runtime_type is go1.19's runtime._type (runtime/type.go):
//     size, ptrdata uintptr; hash uint32; tflag, align, fieldAlign, kind uint8;
//     equal func(unsafe.Pointer, unsafe.Pointer) bool; gcdata *byte;
//     str nameOff; ptrToThis typeOff
static IrDbgType *runtime_type(Gen *g) {
    IrDbgType *d = memo(g, "runtime._type");
    if (d)
        return d;
    d = remember(g, "runtime._type", new_dbg(DBG_STRUCT, "runtime._type", 48, NULL));
    add_field(d, "size", 0, uintptr_type(g));
    add_field(d, "ptrdata", 8, uintptr_type(g));
    add_field(d, "hash", 16, base(g, "uint32", 4, DW_ATE_unsigned));
    add_field(d, "tflag", 20, base(g, "runtime.tflag", 1, DW_ATE_unsigned));
    add_field(d, "align", 21, uint8_type(g));
    add_field(d, "fieldAlign", 22, uint8_type(g));
    add_field(d, "kind", 23, uint8_type(g));
    add_field(d, "equal", 24, pointer(g, "func(unsafe.Pointer, unsafe.Pointer) bool", NULL));
    add_field(d, "gcdata", 32, pointer(g, "*uint8", uint8_type(g)));
    add_field(d, "str", 40, base(g, "runtime.nameOff", 4, DW_ATE_signed));
    add_field(d, "ptrToThis", 44, base(g, "runtime.typeOff", 4, DW_ATE_signed));
    return d;
}

// runtime_itab is go1.19's runtime.itab (runtime/runtime2.go):
//     inter *interfacetype; _type *_type; hash uint32; _ [4]byte; fun [1]uintptr
static IrDbgType *runtime_itab(Gen *g) {
    IrDbgType *d = memo(g, "runtime.itab");
    if (d)
        return d;
    d = remember(g, "runtime.itab", new_dbg(DBG_STRUCT, "runtime.itab", 32, NULL));
    add_field(d, "inter", 0, pointer(g, "*runtime.interfacetype", NULL));
    add_field(d, "_type", 8, pointer(g, "*runtime._type", runtime_type(g)));
    add_field(d, "hash", 16, base(g, "uint32", 4, DW_ATE_unsigned));
    add_field(d, "_", 20, array(g, uint8_type(g), 4));
    add_field(d, "fun", 24, array(g, uintptr_type(g), 1));
    return d;
}

// interface_struct is runtime.iface (with_tab) or runtime.eface.
static IrDbgType *interface_struct(Gen *g, bool with_tab) {
    const char *name = with_tab ? "runtime.iface" : "runtime.eface";
    IrDbgType *d = memo(g, name);
    if (d)
        return d;
    d = remember(g, name, new_dbg(DBG_STRUCT, name, 16, NULL));
    if (with_tab)
        add_field(d, "tab", 0, pointer(g, "*runtime.itab", runtime_itab(g)));
    else
        add_field(d, "_type", 0, pointer(g, "*runtime._type", runtime_type(g)));
    add_field(d, "data", 8, unsafe_pointer(g));
    return d;
}

static int base_encoding(Type *u) {
    if (u->kind == TY_BOOL)
        return DW_ATE_boolean;
    if (is_float(u))
        return DW_ATE_float;
    return is_unsigned(u) ? DW_ATE_unsigned : DW_ATE_signed;
}

static void fill_struct(Gen *g, IrDbgType *d, Type *u) {
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = VEC_AT(&u->fields, i);
        add_field(d, f->name, f->offset, debug_type(g, f->type));
    }
}

// composite describes a type that is not basic: the struct is remembered before
// its fields are described, so `type L struct{ next *L }` ends.
static IrDbgType *composite(Gen *g, Type *t, const char *key, const char *name) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_STRING: {
        IrDbgType *d = remember(g, key, new_dbg(DBG_STRUCT, name, 16, NULL));
        add_field(d, "str", 0, pointer(g, "*uint8", uint8_type(g)));
        add_field(d, "len", 8, int_type(g));
        return d;
    }
    case TY_SLICE: {
        IrDbgType *d = remember(g, key, new_dbg(DBG_STRUCT, name, 24, NULL));
        IrDbgType *elem = debug_type(g, u->elem);
        add_field(d, "array", 0, pointer(g, arena_printf("*%s", elem->name), elem));
        add_field(d, "len", 8, int_type(g));
        add_field(d, "cap", 16, int_type(g));
        return d;
    }
    case TY_STRUCT: {
        IrDbgType *d = remember(g, key, new_dbg(DBG_STRUCT, name, u->size, NULL));
        fill_struct(g, d, u);
        return d;
    }
    case TY_ARRAY: {
        IrDbgType *d = remember(g, key, new_dbg(DBG_ARRAY, name, u->size, NULL));
        d->elem = debug_type(g, u->elem);
        d->count = u->len;
        return d;
    }
    case TY_POINTER: {
        IrDbgType *d = remember(g, key, new_dbg(DBG_POINTER, name, 8, NULL));
        d->elem = debug_type(g, u->elem);
        return d;
    }
    case TY_INTERFACE:
        return remember(g, key, new_dbg(DBG_TYPEDEF, name, 16,
                                        interface_struct(g, !is_empty_interface(u))));
    default:   // maps, chans, funcs, unsafe.Pointer: one word, an address
        return remember(g, key, new_dbg(DBG_POINTER, name, 8, NULL));
    }
}

// named_composite is a defined non-basic type: as gc does, the shape under
// the type's name (struct main.Rect) and a typedef of that name, which gdb's
// Go expressions find as a type name: p *(*main.Rect)(p).
static IrDbgType *named_composite(Gen *g, Type *t, const char *key, const char *name) {
    IrDbgType *def = remember(g, key, new_dbg(DBG_TYPEDEF, name, underlying(t)->size, NULL));
    def->elem = composite(g, t, arena_printf("%s (shape)", key), name);
    return def;
}

// debug_type is t as DWARF describes it, made once per module.
IrDbgType *debug_type(Gen *g, Type *t) {
    const char *key = type_link_string(t);
    IrDbgType *d = memo(g, key);
    if (d)
        return d;
    const char *name = type_name_string(t);
    Type *u = underlying(t);
    if (u->kind >= TY_BOOL && u->kind <= TY_FLOAT64)
        return remember(g, key, base(g, name, u->size, base_encoding(u)));
    if (t->kind == TY_NAMED && u->kind != TY_INTERFACE)
        return named_composite(g, t, key, name);
    return composite(g, t, key, name);
}
