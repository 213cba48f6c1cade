// module.c: amd64_emit_module, the whole NASM file:
//
//   header, `bits 64`, `default rel`
//   extern  every symbol used but not defined here (sorted)
//   section .text      every function (isel.c)
//   section .rodata    their line tables and names (pcln.c, `mgc build` only)
//   mgc_pclntab        their pc-line records
//   section .rodata    read-only data, then .data, then .bss
//   section .rodata    float constants of optimized code (f64.<bits>)
//   section .debug_*   -g: DWARF for gdb (dwarf.c)
//   section .note.GNU-stack (no executable stack)
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void sort_names(Vec *v) {
    if (v->len > 1)
        qsort(v->items, (size_t)v->len, sizeof(void *), cmp_names);
}

static bool in_sorted(const Vec *v, const char *name) {
    return v->len > 0 &&
           bsearch(&name, v->items, (size_t)v->len, sizeof(void *), cmp_names) != NULL;
}

// A Part is what one NASM file holds: the functions [from, to) and, in the
// first part, the data (amd64_emit_parts; one part is the whole module).
typedef struct Part {
    int from, to;
    bool data;
} Part;

static Vec defined_names(const IrModule *m, Part p) {
    Vec v = {0};
    for (int i = p.from; i < p.to; i++)
        vec_push(&v, (void *)((IrFunc *)VEC_AT(&m->funcs, i))->name);
    for (int i = 0; p.data && i < m->data.len; i++)
        vec_push(&v, (void *)((IrData *)VEC_AT(&m->data, i))->name);
    sort_names(&v);
    return v;
}

// referenced_names: module->externs plus every symbol the part's functions
// call or address, or its data stores, so a lowering that forgets
// ir_add_extern still assembles; optimized wrappers also read
// runtime.panic_defers (call.c).
static Vec referenced_names(const IrModule *m, Part p, bool optimized) {
    Vec v = {0};
    for (int i = 0; i < m->externs.len; i++)
        vec_push(&v, VEC_AT(&m->externs, i));
    for (int i = p.from; i < p.to; i++) {
        const IrFunc *f = VEC_AT(&m->funcs, i);
        for (int j = 0; j < f->blocks.len; j++) {
            const IrBlock *b = VEC_AT(&f->blocks, j);
            for (int k = 0; k < b->instrs.len; k++) {
                const IrInstr *in = VEC_AT(&b->instrs, k);
                if ((in->op == IR_CALL || in->op == IR_ADDR) && in->sym)
                    vec_push(&v, (void *)in->sym);
                if (optimized && in->op == IR_CALL && call_preserves_registers(in))
                    vec_push(&v, "runtime.panic_defers");
            }
        }
    }
    for (int i = 0; p.data && i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        for (int j = 0; j < d->relocs.len; j++)
            vec_push(&v, (void *)((IrReloc *)VEC_AT(&d->relocs, j))->sym);
    }
    sort_names(&v);
    return v;
}

static void emit_externs(Emitter *e, const IrModule *m, Part p) {
    Vec defined = defined_names(m, p), used = referenced_names(m, p, e->opt->optimize);
    const char *prev = NULL;
    emit_blank(e);
    for (int i = 0; i < used.len; i++) {
        const char *name = VEC_AT(&used, i);
        if ((prev && strcmp(prev, name) == 0) || in_sorted(&defined, name))
            continue;
        prev = name;
        const char *sym = asm_symbol(name);
        emit_insc(e, symbol_escaped(name) ? name : NULL, "extern", "%s", sym);
    }
}

// ---- Data -----------------------------------------------------------------------

typedef enum Section { SEC_RODATA, SEC_DATA, SEC_BSS, SEC_LBSS } Section;

bool is_large_data(const IrData *d) {
    return !d->readonly && !d->bytes && !d->relocs.len && d->size >= LARGE_DATA;
}

static Section data_section(const IrData *d) {
    if (d->readonly)
        return SEC_RODATA;
    if (is_large_data(d))
        return SEC_LBSS;
    return d->bytes || d->relocs.len ? SEC_DATA : SEC_BSS;
}

static int cmp_relocs(const void *a, const void *b) {
    const IrReloc *x = *(const IrReloc *const *)a, *y = *(const IrReloc *const *)b;
    return (x->offset > y->offset) - (x->offset < y->offset);
}

// emit_span writes bytes [from, to) of d, which contain no relocation.
static void emit_span(Emitter *e, const IrData *d, int from, int to) {
    if (to <= from)
        return;
    if (d->bytes)
        emit_bytes(e, d->bytes, from, to - from);
    else
        emit_insc(e, arena_printf("+%d", from), "times", "%d db 0", to - from);
}

// emit_data_body writes the bytes with each relocation's `dq sym + addend`
// (or `dd` for a 4-byte one) in place of the bytes at its offset.
static void emit_data_body(Emitter *e, const IrData *d) {
    Vec relocs = d->relocs;
    relocs.items = arena_alloc(sizeof(void *) * (size_t)(relocs.len + 1));
    for (int i = 0; i < relocs.len; i++)
        relocs.items[i] = VEC_AT(&d->relocs, i);
    if (relocs.len > 1)
        qsort(relocs.items, (size_t)relocs.len, sizeof(void *), cmp_relocs);
    int at = 0;
    for (int i = 0; i < relocs.len; i++) {
        const IrReloc *r = VEC_AT(&relocs, i);
        if (r->offset < at || r->offset + r->width > d->size)
            unreachable();   // overlapping or outside the symbol
        emit_span(e, d, at, r->offset);
        emit_reloc(e, r);
        at = r->offset + r->width;
    }
    emit_span(e, d, at, d->size);
}

static void emit_data(Emitter *e, const IrModule *m, Section sec) {
    static const char *const names[] = {".rodata", ".data", ".bss",
                                        "mgc_lbss nobits alloc noexec write align=64"};
    bool started = false;
    for (int i = 0; i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        if (data_section(d) != sec)
            continue;
        if (!started) {
            emit_blank(e);
            emit_ins(e, "section", "%s", names[sec]);
            started = true;
        }
        emit_data_header(e, d);
        if (sec == SEC_BSS || sec == SEC_LBSS)
            emit_ins(e, "resb", "%d", d->size);
        else
            emit_data_body(e, d);
    }
}

// emit_large_noptr lists the large variables that hold no pointers, which
// the collector skips (runtime/proc.c excludelargenoptr), when there are
// large variables:
//   runtime.largenoptr:  dq N;  then N times  dq sym, sym + size
static void emit_large_noptr(Emitter *e, const IrModule *m) {
    if (e->large_data.len == 0)
        return;
    Vec noptr = {0};
    for (int i = 0; i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        if (is_large_data(d) && d->noptr)
            vec_push(&noptr, (void *)d);
    }
    emit_blank(e);
    emit_ins(e, "section", ".rodata");
    emit_ins(e, "global", "runtime.largenoptr:data");
    emit_ins(e, "align", "8, db 0");
    emit_label(e, "runtime.largenoptr");
    emit_insc(e, "large variables the collector skips", "dq", "%d", noptr.len);
    for (int i = 0; i < noptr.len; i++) {
        const IrData *d = VEC_AT(&noptr, i);
        const char *sym = asm_symbol(d->name);
        emit_ins(e, "dq", "%s, %s + %d", sym, sym, d->size);
    }
}

void amd64_dump_pcln(Buf *out, const IrModule *m, const AsmOptions *opt) {
    AsmOptions with = *opt;
    with.pcln = true;
    Buf text = {0};
    Emitter e = {.out = &text, .opt = &with};
    for (int i = 0; i < m->funcs.len; i++)
        isel_func(&e, VEC_AT(&m->funcs, i));
    pcln_dump(out, &e);
}

// emit_part writes one NASM file: the part's functions, each with its line
// table and pc-line record, and, in the part that has them, the data.
static void emit_part(Buf *out, const IrModule *m, const AsmOptions *opt, Part p, bool split) {
    Emitter e = {.out = out, .opt = opt, .split = split};
    for (int i = 0; i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        if (is_large_data(d))
            strmap_put(&e.large_data, d->name, (void *)d);
    }
    dwarf_begin(&e, m);
    emit_module_header(&e, m);
    emit_externs(&e, m, p);
    emit_blank(&e);
    emit_ins(&e, "section", ".text");
    for (int i = p.from; i < p.to; i++)
        isel_func(&e, VEC_AT(&m->funcs, i));
    pcln_emit_tables(&e);
    if (p.data) {
        emit_data(&e, m, SEC_RODATA);
        emit_data(&e, m, SEC_DATA);
        emit_data(&e, m, SEC_BSS);
        emit_data(&e, m, SEC_LBSS);
        emit_large_noptr(&e, m);
    }
    emit_float_consts(&e);
    dwarf_emit(&e);
    emit_blank(&e);
    emit_insc(&e, "no executable stack", "section",
              ".note.GNU-stack noalloc noexec nowrite progbits");
}

void amd64_emit_module(Buf *out, const IrModule *m, const AsmOptions *opt) {
    emit_part(out, m, opt, (Part){0, m->funcs.len, true}, false);
}

// func_weight and the data's weight estimate nasm's time in lines of code: one
// and a half per IR instruction (moves, labels, line-table entries), one per
// data relocation or 96 bytes, a few per symbol (measured on tools/genprog.py
// programs).
static int func_weight(const IrFunc *f) {
    int n = 8;   // header, prologue, epilogue, pc-line record
    for (int j = 0; j < f->blocks.len; j++)
        n += 3 * ((IrBlock *)VEC_AT(&f->blocks, j))->instrs.len / 2;
    return n;
}

// amd64_emit_parts writes the module as NASM files, which nasm assembles side
// by side (mgc build -j): files of at most about PART_WEIGHT lines, since
// nasm's time per line grows past a few hundred thousand lines in a file (a
// million took 8.2 s of CPU in one file, 5.6 s in four); and, for the `jobs`
// processors, at least one file per processor as long as each gets
// MIN_PART_WEIGHT lines. The first file holds the data and the first
// functions, each other one a run of the functions that follow. The object
// files, linked in this order, keep the functions in order, so their pc-line
// records in mgc_pclntab are in address order (pcln.c). Every data symbol is
// global, since other parts may name it, and each part declares extern what
// it names and does not define. Without -g only: DWARF describes one file.
Vec amd64_emit_parts(const IrModule *m, const AsmOptions *opt, int jobs) {
    enum { PART_WEIGHT = 120000, MIN_PART_WEIGHT = 40000 };
    int64_t total = 0;
    for (int i = 0; i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        total += (d->bytes ? d->size / 96 : 0) + d->relocs.len + 4;  // its lines
    }
    int64_t data_weight = total;
    for (int i = 0; i < m->funcs.len; i++)
        total += func_weight(VEC_AT(&m->funcs, i));
    int64_t nparts = total / PART_WEIGHT + 1, spread = total / MIN_PART_WEIGHT;
    if (spread > jobs)
        spread = jobs;
    if (nparts < spread)
        nparts = spread;
    if (opt->dwarf)
        nparts = 1;
    Vec texts = {0};
    int64_t share = total / nparts + 1, weight = data_weight;
    Part p = {0, 0, true};
    for (int i = 0; i <= m->funcs.len; i++) {
        bool last = i == m->funcs.len;
        if (last || (weight >= share && texts.len + 1 < nparts)) {
            p.to = i;
            Buf *out = NEW(Buf);
            emit_part(out, m, opt, p, nparts > 1);
            vec_push(&texts, (void *)buf_cstr(out));
            p = (Part){i, i, false};
            weight = 0;
        }
        if (!last)
            weight += func_weight(VEC_AT(&m->funcs, i));
    }
    return texts;
}
