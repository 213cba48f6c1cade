// typedata_dump.c: `mgc dump -phase=typedata`. It emits the descriptor of
// every type the program declares and of every package variable's type, then
// decodes every type descriptor of the module from its bytes and relocations
// (not from the Type it was made from), one block per descriptor, sorted.
// tools/typedata_oracle.go prints the same blocks from go1.19's own
// descriptors at run time; testdata/scripts/typedata.sh compares the two.
#include "lower.h"

#include <stdlib.h>
#include <string.h>

static IrData *find(IrModule *m, const char *name) {
    for (int i = 0; i < m->data.len; i++) {
        IrData *d = VEC_AT(&m->data, i);
        if (strcmp(d->name, name) == 0)
            return d;
    }
    return NULL;
}

static uint64_t get(IrData *d, int off, int width) {
    uint64_t v = 0;
    for (int i = 0; i < width; i++)
        v |= (uint64_t)d->bytes[off + i] << (8 * i);
    return v;
}

// reloc_at: the symbol whose address is stored at off, or NULL.
static const char *reloc_at(IrData *d, int off) {
    for (int i = 0; i < d->relocs.len; i++) {
        IrReloc *r = VEC_AT(&d->relocs, i);
        if (r->offset == off)
            return r->addend ? NULL : r->sym;
    }
    return NULL;
}

// name_text decodes a name symbol (GO119-INTERNALS.md §1.6): `text` plus,
// when wanted, its flags, tag and package.
static const char *name_text(IrModule *m, const char *sym, bool details) {
    IrData *d = sym ? find(m, sym) : NULL;
    if (!d)
        return "?";
    int off = 1, shift = 0;
    uint64_t len = 0;
    for (uint8_t c = 0x80; c & 0x80; shift += 7) {
        c = d->bytes[off++];
        len |= (uint64_t)(c & 0x7f) << shift;
    }
    const char *s = arena_strndup((const char *)d->bytes + off, len);
    if (!details)
        return s;
    Buf b = {0};
    buf_printf(&b, "%s flags=%d", s, d->bytes[0]);
    off += (int)len;
    if (d->bytes[0] & 2) {
        uint64_t tlen = d->bytes[off++];  // tags under 128 bytes
        buf_printf(&b, " tag=%s", arena_strndup((const char *)d->bytes + off, tlen));
        off += (int)tlen;
    }
    if (d->bytes[0] & 4)
        buf_printf(&b, " pkg=%s", name_text(m, reloc_at(d, off), false));
    return buf_cstr(&b);
}

// type_name: the string of the descriptor sym refers to (its str without the
// extra star).
static const char *type_name(IrModule *m, const char *sym) {
    IrData *d = sym ? find(m, sym) : NULL;
    if (!d)
        return sym ? "?" : "nil";
    const char *s = name_text(m, reloc_at(d, 40), false);
    return d->bytes[20] & 2 ? s + 1 : s;
}

// funcval_text: the function a funcval calls, and the size word of the
// memequal_varlen/memhash_varlen ones.
static const char *funcval_text(IrModule *m, const char *sym) {
    if (!sym)
        return "nil";
    IrData *d = find(m, sym);
    if (!d) {  // the runtime's runtime.X·f
        const char *dot = strstr(sym, "\xc2\xb7" "f");
        return dot ? arena_strndup(sym, (size_t)(dot - sym)) : "?";
    }
    if (d->size == 16)
        return arena_printf("%s %llu", reloc_at(d, 0), (unsigned long long)get(d, 8, 8));
    return reloc_at(d, 0);
}

static void dump_header(Buf *b, IrModule *m, IrData *d) {
    buf_printf(b, "type %s\n", type_name(m, d->name));
    buf_printf(b, "  size %llu ptrdata %llu hash 0x%08llx tflag 0x%02llx align %llu fieldAlign %llu"
                  " kind 0x%02llx\n",
               (unsigned long long)get(d, 0, 8), (unsigned long long)get(d, 8, 8),
               (unsigned long long)get(d, 16, 4), (unsigned long long)get(d, 20, 1),
               (unsigned long long)get(d, 21, 1), (unsigned long long)get(d, 22, 1),
               (unsigned long long)get(d, 23, 1));
    buf_printf(b, "  equal %s\n", funcval_text(m, reloc_at(d, 24)));
    const char *gc = reloc_at(d, 32);
    buf_printf(b, "  gcdata %s\n", !gc ? "?"
                                  : strncmp(gc, "runtime.gcbits.", 15) == 0 ? gc + 15 : gc);
    const char *ptr = reloc_at(d, 44);
    IrData *pd = ptr ? find(m, ptr) : NULL;   // *T: strong if T is named or *T has methods
    bool strong = pd && ((get(d, 20, 1) & 4) || ((get(pd, 20, 1) & 1) && get(pd, 60, 2) > 0));
    buf_printf(b, "  ptrToThis %s\n", strong ? type_name(m, ptr) : "weak");
}

static void dump_array_of(Buf *b, IrModule *m, IrData *d, const char *what, int off, int n, int step) {
    for (int i = 0; i < n; i++, off += step)
        buf_printf(b, "  %s %s\n", what, type_name(m, reloc_at(d, off)));
}

// uncommon_offset: where the uncommontype is, by kind.
static int uncommon_offset(int kind) {
    switch (kind) {
    case 22: case 23: return 56;    // ptr, slice
    case 17: return 72;             // array
    case 21: return 88;             // map
    case 18: return 64;             // chan
    case 19: return 56;             // func
    case 25: case 20: return 80;    // struct, interface
    default: return 48;
    }
}

static void dump_kind(Buf *b, IrModule *m, IrData *d, int kind, int array) {
    switch (kind) {
    case 22: case 23: dump_array_of(b, m, d, "elem", 48, 1, 0); break;
    case 18:
        dump_array_of(b, m, d, "elem", 48, 1, 0);
        buf_printf(b, "  dir %llu\n", (unsigned long long)get(d, 56, 8));
        break;
    case 17:
        dump_array_of(b, m, d, "elem", 48, 1, 0);
        dump_array_of(b, m, d, "slice", 56, 1, 0);
        buf_printf(b, "  len %llu\n", (unsigned long long)get(d, 64, 8));
        break;
    case 21:
        dump_array_of(b, m, d, "key", 48, 1, 0);
        dump_array_of(b, m, d, "elem", 56, 1, 0);
        dump_array_of(b, m, d, "bucket", 64, 1, 0);
        buf_printf(b, "  hasher %s\n", funcval_text(m, reloc_at(d, 72)));
        buf_printf(b, "  keysize %llu elemsize %llu bucketsize %llu flags %llu\n",
                   (unsigned long long)get(d, 80, 1), (unsigned long long)get(d, 81, 1),
                   (unsigned long long)get(d, 82, 2), (unsigned long long)get(d, 84, 4));
        break;
    case 19: {
        int in = (int)get(d, 48, 2), out = (int)get(d, 50, 2);
        buf_printf(b, "  inCount %d outCount %d\n", in, out);
        dump_array_of(b, m, d, "in", array, in, 8);
        dump_array_of(b, m, d, "out", array + 8 * in, out & 0x7fff, 8);
        break;
    }
    case 25: case 20: {
        const char *pkg = reloc_at(d, 48);
        buf_printf(b, "  pkgpath %s\n", pkg ? name_text(m, pkg, false) : "-");
        int n = (int)get(d, 64, 8), step = kind == 25 ? 24 : 8;
        buf_printf(b, "  %s %d (at +%d)\n", kind == 25 ? "fields" : "imethods", n, array);
        for (int i = 0; i < n; i++, array += step) {
            if (kind == 25)
                buf_printf(b, "  field %s type %s offset %llu\n",
                           name_text(m, reloc_at(d, array), true),
                           type_name(m, reloc_at(d, array + 8)),
                           (unsigned long long)get(d, array + 16, 8));
            else
                buf_printf(b, "  imethod %s type %s\n", name_text(m, reloc_at(d, array), true),
                           type_name(m, reloc_at(d, array + 4)));
        }
        break;
    }
    default: break;
    }
}

static int trailing_size(IrData *d, int kind) {
    switch (kind) {
    case 19: return 8 * (int)(get(d, 48, 2) + (get(d, 50, 2) & 0x7fff));
    case 25: return 24 * (int)get(d, 64, 8);
    case 20: return 8 * (int)get(d, 64, 8);
    default: return 0;
    }
}

static void dump_uncommon(Buf *b, IrModule *m, IrData *d, int off) {
    const char *pkg = reloc_at(d, off);
    int mcount = (int)get(d, off + 4, 2), moff = (int)get(d, off + 8, 4);
    buf_printf(b, "  uncommon pkgpath %s mcount %d xcount %llu moff %d\n",
               pkg ? name_text(m, pkg, false) : "-", mcount,
               (unsigned long long)get(d, off + 6, 2), moff);
    for (int i = 0, at = off + moff; i < mcount; i++, at += 16)
        buf_printf(b, "  method %s mtyp %s ifn %s tfn %s\n", name_text(m, reloc_at(d, at), true),
                   type_name(m, reloc_at(d, at + 4)), reloc_at(d, at + 8),
                   reloc_at(d, at + 12));
}

static const char *dump_descriptor(IrModule *m, IrData *d) {
    Buf b = {0};
    dump_header(&b, m, d);
    int kind = (int)get(d, 23, 1) & 0x1f;
    int unc = uncommon_offset(kind);
    bool has_uncommon = get(d, 20, 1) & 1;
    dump_kind(&b, m, d, kind, unc + (has_uncommon ? 16 : 0));
    if (has_uncommon)
        dump_uncommon(&b, m, d, unc);
    if (d->size != unc + (has_uncommon ? 16 : 0) + trailing_size(d, kind) +
                       (has_uncommon ? 16 * (int)get(d, unc + 4, 2) : 0))
        buf_printf(&b, "  size of the descriptor is wrong: %d\n", d->size);
    return buf_cstr(&b);
}

static int cmp_strings(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_descriptor(IrData *d) {
    return strncmp(d->name, "type.", 5) == 0 && strncmp(d->name, "type..", 6) != 0;
}

void typedata_dump(Buf *out, Gen *g, Program *p) {
    for (int i = 0; i < p->types.len; i++)
        typedata_symbol(g, ((Object *)VEC_AT(&p->types, i))->type);
    for (int i = 0; i < p->globals.len; i++) {
        Object *o = VEC_AT(&p->globals, i);
        if (o->type && o->type != ty_invalid)
            typedata_symbol(g, o->type);
    }
    typedata_finish(g);
    Vec blocks = {0};
    for (int i = 0; i < g->m->data.len; i++)
        if (is_descriptor(VEC_AT(&g->m->data, i)))
            vec_push(&blocks, (void *)dump_descriptor(g->m, VEC_AT(&g->m->data, i)));
    if (blocks.len > 1)
        qsort(blocks.items, (size_t)blocks.len, sizeof(void *), cmp_strings);
    for (int i = 0; i < blocks.len; i++)
        buf_puts(out, VEC_AT(&blocks, i));
}

void dump_typedata(Buf *out, Program *p, const char *source) {
    Gen g = {.prog = p, .m = ir_new_module(source), .shared = NEW(GenShared)};
    typedata_dump(out, &g, p);
}
