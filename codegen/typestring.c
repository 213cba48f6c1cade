// typestring.c: the two spellings gc gives a type in its type descriptors
// (cmd/compile/internal/types/fmt.go, tconv in modes fmtTypeID and
// fmtTypeIDName):
//
//   link string  type.<link string> is the descriptor's symbol and the type
//                hash is SHA-256 of it: `main.T`, `struct { main.p *int }`,
//                `interface { M(); main.m() }`, `main.L·1` for the first
//                type declared inside a function;
//   name string  the descriptor's str (what %T prints): the same, but
//                unexported struct field names are not qualified and local
//                types carry no ·N.
//
// Both differ from the checker's type_string (types2's spelling: `interface{}`,
// `struct{p *int}`).
#include "lower.h"

#include <string.h>

#include "../lexer/lexer.h"

typedef enum Mode { MODE_LINK, MODE_NAME } Mode;

static void write_type(Buf *b, Type *t, Mode mode);

// is_exported_name: gc's types.IsExported, for ASCII initials (a name starting
// with a non-ASCII upper-case letter counts as unexported here).
bool is_exported_name(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

const char *object_pkg(Object *o) { return o && o->pkg ? o->pkg : "main"; }

static const char *const basic_names[] = {
    [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
    [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
    [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
    [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
    [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
    [TY_UNSAFE_POINTER] = "unsafe.Pointer",
};

// go_quote writes s as strconv.Quote does for the usual cases (struct tags):
// printable ASCII and valid UTF-8 as is, the rest escaped.
static void go_quote(Buf *b, const char *s) {
    buf_putc(b, '"');
    for (size_t i = 0, n = strlen(s); i < n;) {
        unsigned char c = (unsigned char)s[i];
        int32_t r;
        int len = c >= 0x80 ? utf8_decode((const unsigned char *)s + i, n - i, &r) : 1;
        if (c >= 0x80 && r != 0xFFFD && rune_is_print(r)) {
            buf_putn(b, s + i, (size_t)len);
            i += (size_t)len;
            continue;
        }
        const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n"
                        : c == '\t' ? "\\t" : c == '\r' ? "\\r" : NULL;
        if (esc)
            buf_puts(b, esc);
        else if (c < 0x20 || c >= 0x7f)
            buf_printf(b, "\\x%02x", c);
        else
            buf_putc(b, (char)c);
        i++;
    }
    buf_putc(b, '"');
}

// write_field: `Name T`, `main.name T` (link string only), `T` embedded,
// then ` "tag"`.
static void write_field(Buf *b, Field *f, Mode mode) {
    if (!f->embedded) {
        if (!is_exported_name(f->name) && mode == MODE_LINK)
            buf_printf(b, "%s.", f->pkg ? f->pkg : "main");
        buf_printf(b, "%s ", f->name);
    }
    write_type(b, f->type, mode);
    if (f->tag && f->tag[0]) {
        buf_putc(b, ' ');
        go_quote(b, f->tag);
    }
}

static void write_struct(Buf *b, Type *t, Mode mode) {
    if (t->map_of) {  // a map's bucket type: map.bucket[K]V
        buf_puts(b, "map.bucket[");
        write_type(b, t->map_of->key, mode);
        buf_putc(b, ']');
        write_type(b, t->map_of->elem, mode);
        return;
    }
    buf_puts(b, "struct {");
    for (int i = 0; i < t->fields.len; i++) {
        buf_puts(b, i ? "; " : " ");
        write_field(b, VEC_AT(&t->fields, i), mode);
    }
    buf_puts(b, t->fields.len ? " }" : "}");
}

// write_signature_tail: `(int, ...string) (int, error)` (no names).
static void write_signature_tail(Buf *b, Type *t, Mode mode) {
    buf_putc(b, '(');
    for (int i = 0; i < t->params.len; i++) {
        Type *p = VEC_AT(&t->params, i);
        if (i)
            buf_puts(b, ", ");
        if (t->variadic && i == t->params.len - 1) {
            buf_puts(b, "...");
            p = p->elem;
        }
        write_type(b, p, mode);
    }
    buf_putc(b, ')');
    if (t->results.len == 1) {
        buf_putc(b, ' ');
        write_type(b, VEC_AT(&t->results, 0), mode);
    } else if (t->results.len > 1) {
        buf_puts(b, " (");
        for (int i = 0; i < t->results.len; i++) {
            if (i)
                buf_puts(b, ", ");
            write_type(b, VEC_AT(&t->results, i), mode);
        }
        buf_putc(b, ')');
    }
}

// write_interface: `interface { M(int) string; main.m() }`, methods sorted;
// unexported method names are qualified in both modes (tconv2 case TINTER).
static void write_interface(Buf *b, Type *t) {
    Vec *ms = interface_methods(t);
    if (ms->len == 0) {
        buf_puts(b, "interface {}");
        return;
    }
    buf_puts(b, "interface {");
    for (int i = 0; i < ms->len; i++) {
        Method *m = VEC_AT(ms, i);
        buf_puts(b, i ? "; " : " ");
        buf_printf(b, "%s%s", is_exported_name(m->name) ? "" : "main.", m->name);
        write_signature_tail(b, m->type, MODE_LINK);
    }
    buf_puts(b, " }");
}

static void write_named(Buf *b, Type *t, Mode mode) {
    if (t == ty_error) {
        buf_puts(b, "error");
        return;
    }
    const char *pkg = object_pkg(t->obj);  // the path in link strings, the name in %T
    buf_printf(b, "%s.%s", mode == MODE_LINK ? pkg : package_name(pkg), t->obj->name);
    if (mode == MODE_LINK && t->vargen)
        buf_printf(b, "\xc2\xb7%d", t->vargen);  // ·N
}

static void write_type(Buf *b, Type *t, Mode mode) {
    if (is_basic_kind(t->kind) || t->kind == TY_UNSAFE_POINTER) {
        buf_puts(b, basic_names[t->kind]);  // byte and rune are uint8 and int32 here
        return;
    }
    switch (t->kind) {
    case TY_NAMED: write_named(b, t, mode); return;
    case TY_POINTER: buf_putc(b, '*'); write_type(b, t->elem, mode); return;
    case TY_SLICE: buf_puts(b, "[]"); write_type(b, t->elem, mode); return;
    case TY_ARRAY:
        buf_printf(b, "[%lld]", (long long)t->len);
        write_type(b, t->elem, mode);
        return;
    case TY_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key, mode);
        buf_putc(b, ']');
        write_type(b, t->elem, mode);
        return;
    case TY_CHAN: {  // chan (<-chan T) needs parentheses
        bool parens = t->chan_dir == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->chan_dir == CHAN_RECV;
        buf_puts(b, t->chan_dir == CHAN_SEND ? "chan<- " : t->chan_dir == CHAN_RECV ? "<-chan " : "chan ");
        buf_puts(b, parens ? "(" : "");
        write_type(b, t->elem, mode);
        buf_puts(b, parens ? ")" : "");
        return;
    }
    case TY_FUNC: buf_puts(b, "func"); write_signature_tail(b, t, mode); return;
    case TY_INTERFACE: write_interface(b, t); return;
    case TY_STRUCT: write_struct(b, t, mode); return;
    default: unreachable();  // the checker lets no other type reach codegen
    }
}

// type_link_string is gc's t.LinkString(): the name of type.<T> and the input
// of the type hash.
const char *type_link_string(Type *t) {
    Buf b = {0};
    write_type(&b, t, MODE_LINK);
    return buf_cstr(&b);
}

// type_name_string is gc's t.NameString(): the descriptor's str (%T).
const char *type_name_string(Type *t) {
    Buf b = {0};
    write_type(&b, t, MODE_NAME);
    return buf_cstr(&b);
}

// type_hash is gc's types.TypeHash: the first 4 bytes of SHA-256 of the link
// string, inverted (gc uses notsha256), read little-endian.
uint32_t type_hash(Type *t) {
    const char *s = type_link_string(t);
    uint8_t d[32];
    sha256(s, strlen(s), d);
    return ~((uint32_t)d[0] | (uint32_t)d[1] << 8 | (uint32_t)d[2] << 16 | (uint32_t)d[3] << 24);
}
