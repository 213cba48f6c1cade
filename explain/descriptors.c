// descriptors.c: every type descriptor and itab of the module, decoded from
// its bytes and relocations (what the linker sees), not from the Type it was
// made from, as titled groups of fields for the page's diagrams:
//
//   _type          size ptrdata hash tflag align fieldAlign kind equal gcdata str ptrToThis
//   <kind part>    ptrtype.elem, interfacetype.{pkgpath, imethods}, structtype.fields, ...
//   uncommontype   pkgpath mcount xcount moff, then each method {name mtyp ifn tfn}
//   itab           inter _type hash _ fun[0..]
//
// The layouts are go1.19's runtime/type.go and runtime/runtime2.go (itab);
// codegen/typedata.c writes them and codegen/typedata_dump.c reads them for
// `mgc dump -phase=typedata`: keep the three in sync.
#include "internal.h"

#include <string.h>

#include "../codegen/amd64/amd64.h"

typedef struct Desc {
    Buf *b;
    const IrModule *m;
    const IrData *d;
} Desc;

static const IrData *find_data(const IrModule *m, const char *name) {
    for (int i = 0; name && i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        if (strcmp(d->name, name) == 0)
            return d;
    }
    return NULL;
}

static uint64_t get(const IrData *d, int off, int width) {
    uint64_t v = 0;
    for (int i = 0; i < width && d->bytes && off + i < d->size; i++)
        v |= (uint64_t)d->bytes[off + i] << (8 * i);
    return v;
}

static const IrReloc *reloc_at(const IrData *d, int off) {
    for (int i = 0; i < d->relocs.len; i++) {
        const IrReloc *r = VEC_AT(&d->relocs, i);
        if (r->offset == off)
            return r;
    }
    return NULL;
}

static const char *reloc_sym(const IrData *d, int off) {
    const IrReloc *r = reloc_at(d, off);
    return r && r->addend == 0 ? r->sym : NULL;
}

// name_text decodes a runtime name (flags byte, varint length, bytes).
static const char *name_text(const IrModule *m, const char *sym) {
    const IrData *d = find_data(m, sym);
    if (!d || !d->bytes || d->size < 2)
        return NULL;
    int off = 1, shift = 0;
    uint64_t len = 0;
    for (uint8_t c = 0x80; (c & 0x80) && off < d->size && shift < 63; shift += 7) {
        c = d->bytes[off++];
        len |= (uint64_t)(c & 0x7f) << shift;
    }
    if (len > (uint64_t)(d->size - off))
        return NULL;
    return arena_strndup((const char *)d->bytes + off, (size_t)len);
}

// type_string is the Go spelling of the type whose descriptor is sym: its str
// name, without the star that tflagExtraStar adds.
static const char *type_string(const IrModule *m, const char *sym) {
    const IrData *d = find_data(m, sym);
    if (!d || d->size < 48)
        return NULL;
    const char *s = name_text(m, reloc_sym(d, 40));
    if (s && (get(d, 20, 1) & 2) && *s == '*')
        s++;
    return s;
}

static const char *or_unknown(const char *s) { return s ? s : "?"; }

static bool is_descriptor(const char *name) {
    return strncmp(name, "type.", 5) == 0 && strncmp(name, "type..", 6) != 0;
}

static bool is_itab(const char *name) { return strncmp(name, "go.itab.", 8) == 0; }

// ---- Writing fields ------------------------------------------------------------

static void group_begin(Desc *x, const char *title, const char *note) {
    json_next(x->b);
    buf_puts(x->b, "{");
    json_field(x->b, "title", title);
    json_field(x->b, "note", note);
    json_key(x->b, "fields");
    buf_puts(x->b, "[");
}

static void group_end(Desc *x) { buf_puts(x->b, "]}"); }

// what_it_names says what a relocated word points at, in Go terms.
static const char *what_it_names(const IrModule *m, const IrReloc *r) {
    if (r->addend)
        return NULL;
    if (is_descriptor(r->sym) || is_itab(r->sym))
        return type_string(m, r->sym);
    if (strncmp(r->sym, "type..namedata.", 15) == 0 || strncmp(r->sym, "type..importpath.", 17) == 0) {
        const char *s = name_text(m, r->sym);
        return s ? arena_printf("\"%s\"", s) : NULL;
    }
    return NULL;
}

// field writes one field: its bytes as hex, its value (the relocation's
// target when the linker fills it), and what the target is.
static void field(Desc *x, int off, int size, const char *name, const char *value,
                  const char *note) {
    Buf *b = x->b;
    const IrData *d = x->d;
    json_next(b);
    buf_puts(b, "{");
    json_int(b, "off", off);
    json_int(b, "size", size);
    json_field(b, "name", name);
    Buf hex = {0};
    for (int i = 0; i < size && off + i < d->size; i++)
        buf_printf(&hex, "%s%02x", i ? " " : "", d->bytes ? d->bytes[off + i] : 0);
    json_field(b, "hex", buf_cstr(&hex));
    const IrReloc *r = reloc_at(d, off);
    if (r) {
        json_field(b, "ref", r->sym);
        json_int(b, "addend", (long long)r->addend);
        if (!value)
            value = what_it_names(x->m, r);
    }
    json_field(b, "value", value);
    json_field(b, "note", note);
    buf_puts(b, "}");
}

static const char *num(uint64_t v) { return arena_printf("%llu", (unsigned long long)v); }
static const char *hexnum(uint64_t v) { return arena_printf("0x%llx", (unsigned long long)v); }

// ---- The parts of a descriptor -------------------------------------------------

static const char *const kind_names[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
    "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
    "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
};

static const char *tflag_text(uint64_t t) {
    Buf b = {0};
    buf_printf(&b, "0x%02llx", (unsigned long long)t);
    const char *names[] = {"Uncommon", "ExtraStar", "Named", "RegularMemory"};
    for (int i = 0; i < 4; i++)
        if (t & (1u << i))
            buf_printf(&b, " %s", names[i]);
    return buf_cstr(&b);
}

static const char *kind_text(uint64_t k) {
    const char *name = (k & 0x1f) < 27 ? kind_names[k & 0x1f] : "?";
    return arena_printf("0x%02llx %s%s%s", (unsigned long long)k, name,
                        k & 0x20 ? " DirectIface" : "", k & 0x40 ? " GCProg" : "");
}

// the _type every descriptor starts with (runtime/type.go)
static void common_part(Desc *x) {
    const IrData *d = x->d;
    group_begin(x, "_type", "runtime._type: the header of every type descriptor");
    field(x, 0, 8, "size", num(get(d, 0, 8)), "bytes of a value");
    field(x, 8, 8, "ptrdata", num(get(d, 8, 8)), "prefix of the value that can hold pointers");
    field(x, 16, 4, "hash", arena_printf("0x%08llx", (unsigned long long)get(d, 16, 4)),
          "type hash: type switches and itab lookups compare it first");
    field(x, 20, 1, "tflag", tflag_text(get(d, 20, 1)), NULL);
    field(x, 21, 1, "align", num(get(d, 21, 1)), NULL);
    field(x, 22, 1, "fieldAlign", num(get(d, 22, 1)), NULL);
    field(x, 23, 1, "kind", kind_text(get(d, 23, 1)), NULL);
    field(x, 24, 8, "equal", NULL, "func(p, q unsafe.Pointer) bool, used by == on interfaces");
    field(x, 32, 8, "gcdata", NULL, "pointer bitmap for the garbage collector");
    field(x, 40, 4, "str", NULL, "nameOff: the type's string");
    field(x, 44, 4, "ptrToThis", NULL, "typeOff: the descriptor of *T, if made");
    group_end(x);
}

static int uncommon_offset(int kind) {
    switch (kind) {
    case 22: case 23: case 19: return 56;  // ptr, slice, func
    case 18: return 64;                    // chan
    case 17: return 72;                    // array
    case 21: return 88;                    // map
    case 25: case 20: return 80;           // struct, interface
    default: return 48;
    }
}

static void interface_part(Desc *x, int array) {
    const IrData *d = x->d;
    group_begin(x, "interfacetype", "runtime.interfacetype: the methods a value must have");
    field(x, 48, 8, "pkgpath", NULL, NULL);
    field(x, 56, 8, "imethods.ptr", NULL, "the imethod array below");
    field(x, 64, 8, "imethods.len", num(get(d, 64, 8)), NULL);
    field(x, 72, 8, "imethods.cap", num(get(d, 72, 8)), NULL);
    group_end(x);
    int n = (int)get(d, 64, 8);
    if (n <= 0 || array + 8 * n > d->size)
        return;
    group_begin(x, "imethods", "runtime.imethod {name nameOff; ityp typeOff}, sorted by name: "
                               "fun[k] of an itab is imethods[k]");
    for (int i = 0; i < n; i++) {
        field(x, array + 8 * i, 4, arena_printf("[%d].name", i), NULL, NULL);
        field(x, array + 8 * i + 4, 4, arena_printf("[%d].ityp", i), NULL, NULL);
    }
    group_end(x);
}

static void struct_part(Desc *x, int array) {
    const IrData *d = x->d;
    group_begin(x, "structtype", "runtime.structtype");
    field(x, 48, 8, "pkgPath", NULL, NULL);
    field(x, 56, 8, "fields.ptr", NULL, NULL);
    field(x, 64, 8, "fields.len", num(get(d, 64, 8)), NULL);
    field(x, 72, 8, "fields.cap", num(get(d, 72, 8)), NULL);
    group_end(x);
    int n = (int)get(d, 64, 8);
    if (n <= 0 || array + 24 * n > d->size)
        return;
    group_begin(x, "fields", "runtime.structfield {name name; typ *_type; offset uintptr} "
                             "(go1.19: an embedded field says so in its name's flags)");
    for (int i = 0; i < n; i++) {
        field(x, array + 24 * i, 8, arena_printf("[%d].name", i), NULL, NULL);
        field(x, array + 24 * i + 8, 8, arena_printf("[%d].typ", i), NULL, NULL);
        field(x, array + 24 * i + 16, 8, arena_printf("[%d].offset", i),
              num(get(d, array + 24 * i + 16, 8)), NULL);
    }
    group_end(x);
}

static void func_part(Desc *x, int array) {
    const IrData *d = x->d;
    int in = (int)get(d, 48, 2), out = (int)get(d, 50, 2) & 0x7fff;
    group_begin(x, "functype", "runtime.functype; the parameter types follow the uncommon type");
    field(x, 48, 2, "inCount", num((uint64_t)in), NULL);
    field(x, 50, 2, "outCount", hexnum(get(d, 50, 2)), "top bit: variadic");
    for (int i = 0; i < in + out && array + 8 * i + 8 <= d->size; i++)
        field(x, array + 8 * i, 8, arena_printf(i < in ? "in[%d]" : "out[%d]", i < in ? i : i - in),
              NULL, NULL);
    group_end(x);
}

static void kind_part(Desc *x, int kind, int array) {
    const IrData *d = x->d;
    switch (kind) {
    case 22: case 23:
        group_begin(x, kind == 22 ? "ptrtype" : "slicetype", NULL);
        field(x, 48, 8, "elem", NULL, NULL);
        group_end(x);
        break;
    case 18:
        group_begin(x, "chantype", NULL);
        field(x, 48, 8, "elem", NULL, NULL);
        field(x, 56, 8, "dir", num(get(d, 56, 8)), "1 receive, 2 send, 3 both (reflect.ChanDir)");
        group_end(x);
        break;
    case 17:
        group_begin(x, "arraytype", NULL);
        field(x, 48, 8, "elem", NULL, NULL);
        field(x, 56, 8, "slice", NULL, NULL);
        field(x, 64, 8, "len", num(get(d, 64, 8)), NULL);
        group_end(x);
        break;
    case 21:
        group_begin(x, "maptype", NULL);
        field(x, 48, 8, "key", NULL, NULL);
        field(x, 56, 8, "elem", NULL, NULL);
        field(x, 64, 8, "bucket", NULL, NULL);
        field(x, 72, 8, "hasher", NULL, NULL);
        field(x, 80, 1, "keysize", num(get(d, 80, 1)), NULL);
        field(x, 81, 1, "elemsize", num(get(d, 81, 1)), NULL);
        field(x, 82, 2, "bucketsize", num(get(d, 82, 2)), NULL);
        field(x, 84, 4, "flags", num(get(d, 84, 4)), NULL);
        group_end(x);
        break;
    case 19: func_part(x, array); break;
    case 20: interface_part(x, array); break;
    case 25: struct_part(x, array); break;
    default: break;
    }
}

// the uncommontype and its methods (runtime/type.go: uncommontype, method)
static void uncommon_part(Desc *x, int off) {
    const IrData *d = x->d;
    int mcount = (int)get(d, off + 4, 2), moff = (int)get(d, off + 8, 4);
    group_begin(x, "uncommontype", "runtime.uncommontype: a named type's package and methods");
    field(x, off, 4, "pkgpath", NULL, NULL);
    field(x, off + 4, 2, "mcount", num((uint64_t)mcount), NULL);
    field(x, off + 6, 2, "xcount", num(get(d, off + 6, 2)), "exported methods");
    field(x, off + 8, 4, "moff", num((uint64_t)moff), "from the uncommontype to the methods");
    group_end(x);
    if (mcount <= 0 || off + moff + 16 * mcount > d->size)
        return;
    group_begin(x, "methods", "runtime.method {name nameOff; mtyp typeOff; ifn textOff; tfn "
                              "textOff}: ifn is called through an interface (receiver: the data "
                              "word), tfn directly");
    for (int i = 0, at = off + moff; i < mcount; i++, at += 16) {
        field(x, at, 4, arena_printf("[%d].name", i), NULL, NULL);
        field(x, at + 4, 4, arena_printf("[%d].mtyp", i), NULL, NULL);
        field(x, at + 8, 4, arena_printf("[%d].ifn", i), NULL, NULL);
        field(x, at + 12, 4, arena_printf("[%d].tfn", i), NULL, NULL);
    }
    group_end(x);
}

static void type_groups(Desc *x) {
    const IrData *d = x->d;
    if (d->size < 48)
        return;
    common_part(x);
    int kind = (int)get(d, 23, 1) & 0x1f;
    int unc = uncommon_offset(kind);
    bool has_uncommon = get(d, 20, 1) & 1;
    kind_part(x, kind, unc + (has_uncommon ? 16 : 0));
    if (has_uncommon && unc + 16 <= d->size)
        uncommon_part(x, unc);
}

// an itab (runtime/runtime2.go): the pair (interface, concrete type) and the
// concrete type's code for each of the interface's methods
static void itab_groups(Desc *x) {
    const IrData *d = x->d;
    if (d->size < 24)
        return;
    group_begin(x, "itab", "runtime.itab: the tab word of an iface points here");
    field(x, 0, 8, "inter", NULL, "the interface type");
    field(x, 8, 8, "_type", NULL, "the concrete type");
    field(x, 16, 4, "hash", arena_printf("0x%08llx", (unsigned long long)get(d, 16, 4)),
          "copy of _type.hash, for type switches");
    field(x, 20, 4, "_", NULL, "padding");
    for (int k = 0; 24 + 8 * k + 8 <= d->size; k++)
        field(x, 24 + 8 * k, 8, arena_printf("fun[%d]", k), NULL,
              k == 0 ? "code of imethods[0]; fun[0] == 0 means the type does not implement it" : NULL);
    group_end(x);
}

static void descriptor(Buf *b, const IrModule *m, const IrData *d, bool itab) {
    Desc x = {.b = b, .m = m, .d = d};
    json_next(b);
    buf_puts(b, "\n{");
    json_field(b, "sym", d->name);
    json_field(b, "asm", asm_symbol(d->name));
    json_field(b, "kind", itab ? "itab" : "type");
    if (itab)
        json_field(b, "title", arena_printf("itab(%s, %s)", or_unknown(type_string(m, reloc_sym(d, 8))),
                                            or_unknown(type_string(m, reloc_sym(d, 0)))));
    else
        json_field(b, "title", type_string(m, d->name));
    json_int(b, "size", d->size);
    json_key(b, "groups");
    buf_puts(b, "[");
    if (itab)
        itab_groups(&x);
    else
        type_groups(&x);
    buf_puts(b, "]}");
}

void descriptors_json(Buf *b, const IrModule *m) {
    buf_puts(b, "[");
    for (int i = 0; i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        if (is_itab(d->name) || is_descriptor(d->name))
            descriptor(b, m, d, is_itab(d->name));
    }
    buf_puts(b, "]");
}
