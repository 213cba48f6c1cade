// gcprog.c: a GC program for a type whose pointer bitmap would be large
// (= reflectdata.dgcprog; the program's format is runtime/mbitmap.go's).
//
// A type with more than 2048*8 words of pointer prefix (gc's maxPtrmaskBytes)
// gets, instead of runtime.gcbits.<mask>, a program that produces the mask,
// and the kindGCProg bit in its descriptor. The program is found by walking
// the type, so an array of 4 billion elements costs one element and a
// repeat, where the mask would be 512 MiB and its symbol's name 1 GiB.
//
//   type..gcprog.T:  dd LEN              the program's length in bytes
//                    db 0nnnnnnn bits    n literal bits, LSB first
//                    db 1nnnnnnn c       repeat the previous n bits c times
//                    db 10000000 n c     the same with n >= 128 (varints)
//                    db 0                end
//
// The encoding is equivalent to gc's (the same mask), not byte for byte the
// same program: mgc's collector does not read it (Boehm scans conservatively).

#include "codegen/lower.h"

#include <string.h>

enum { MAX_PTRMASK_BYTES = 2048, MAX_LITERAL = 127, SMALL_ARRAY_WORDS = 128 };

typedef struct ProgWriter {
    Buf out;
    uint8_t lit[16];    // pending literal bits
    int nlit;
    int64_t index;      // words described so far, pending ones included
} ProgWriter;

static void flush_literal(ProgWriter *w) {
    if (w->nlit == 0)
        return;
    buf_putc(&w->out, (char)w->nlit);
    buf_putn(&w->out, (const char *)w->lit, (size_t)(w->nlit + 7) / 8);
    memset(w->lit, 0, sizeof w->lit);
    w->nlit = 0;
}

static void put_bit(ProgWriter *w, int bit) {
    if (bit)
        w->lit[w->nlit / 8] |= (uint8_t)(1 << (w->nlit % 8));
    w->nlit++;
    w->index++;
    if (w->nlit == MAX_LITERAL)
        flush_literal(w);
}

static void put_varint(ProgWriter *w, uint64_t v) {
    for (; v >= 0x80; v >>= 7)
        buf_putc(&w->out, (char)(0x80 | (v & 0x7f)));
    buf_putc(&w->out, (char)v);
}

// repeat: the previous n words, c more times.
static void repeat(ProgWriter *w, int64_t n, int64_t c) {
    if (n == 0 || c == 0)
        return;
    flush_literal(w);
    if (n < 128) {
        buf_putc(&w->out, (char)(0x80 | n));
    } else {
        buf_putc(&w->out, (char)0x80);
        put_varint(w, (uint64_t)n);
    }
    put_varint(w, (uint64_t)c);
    w->index += n * c;
}

// zero_until describes non-pointer words up to word idx: a long gap is one
// zero bit repeated.
static void zero_until(ProgWriter *w, int64_t idx) {
    int64_t gap = idx - w->index;
    if (gap <= 0)
        return;
    if (gap <= 32) {
        while (w->index < idx)
            put_bit(w, 0);
        return;
    }
    put_bit(w, 0);
    repeat(w, 1, gap - 1);
}

static void pointer_at(ProgWriter *w, int64_t word) {
    zero_until(w, word);
    put_bit(w, 1);
}

// emit_words describes the pointer words of a t at byte offset off (= gcProg.emit).
static void emit_words(ProgWriter *w, Type *t, int64_t off) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_CHAN: case TY_UNSAFE_POINTER:
    case TY_STRING: case TY_SLICE:
        pointer_at(w, off / 8);
        return;
    case TY_INTERFACE:
        pointer_at(w, off / 8 + 1);  // the type word is not a pointer for the GC
        return;
    case TY_ARRAY: {
        int64_t count = u->len;
        Type *elem = u->elem;
        while (count > 0 && underlying(elem)->kind == TY_ARRAY) {
            count *= underlying(elem)->len;
            elem = underlying(elem)->elem;
        }
        if (count == 0 || ptrdata(elem) == 0)
            return;
        int64_t words = elem->size / 8;
        if (count * words <= SMALL_ARRAY_WORDS) {
            for (int64_t i = 0; i < count; i++)
                emit_words(w, elem, off + i * elem->size);
            return;
        }
        emit_words(w, elem, off);
        zero_until(w, (off + elem->size) / 8);
        repeat(w, words, count - 1);
        return;
    }
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++) {
            Field *f = VEC_AT(&u->fields, i);
            if (ptrdata(f->type))
                emit_words(w, f->type, off + f->offset);
        }
        return;
    default:
        return;
    }
}

bool uses_gcprog(Type *t) {
    return ptrdata(t) / 8 > MAX_PTRMASK_BYTES * 8;
}

const char *gcprog_symbol(Gen *g, Type *t) {
    const char *sym = arena_printf("type..gcprog.%s", type_link_string(t));
    if (ir_find_data(g->m, sym))
        return sym;
    ProgWriter w = {0};
    buf_putn(&w.out, "\0\0\0\0", 4);  // the length, below
    emit_words(&w, t, 0);
    zero_until(&w, ptrdata(t) / 8);
    flush_literal(&w);
    buf_putc(&w.out, 0);
    uint32_t len = (uint32_t)w.out.len - 4;
    memcpy(w.out.data, &len, 4);
    IrData *d = ir_new_data(g->m, sym, (int)w.out.len, 4, true);
    d->bytes = arena_alloc(w.out.len + 1);
    memcpy(d->bytes, w.out.data, w.out.len);
    return sym;
}
