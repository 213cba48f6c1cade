// module.c: amd64_emit_module, the whole NASM file:
//
//   header, `bits 64`, `default rel`
//   extern  every symbol used but not defined here (sorted)
//   section .text      every function (isel.c), each followed by its line
//                      table in .rodata (pcln.c, `mgc build` only)
//   section .rodata    runtime.pclntab (pcln.c, `mgc build` only)
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

static Vec defined_names(const IrModule *m) {
    Vec v = {0};
    for (int i = 0; i < m->funcs.len; i++)
        vec_push(&v, (void *)((IrFunc *)VEC_AT(&m->funcs, i))->name);
    for (int i = 0; i < m->data.len; i++)
        vec_push(&v, (void *)((IrData *)VEC_AT(&m->data, i))->name);
    sort_names(&v);
    return v;
}

// referenced_names: module->externs plus every symbol called, addressed or
// stored in data, so a lowering that forgets ir_add_extern still assembles;
// optimized wrappers also read runtime.panic_defers (call.c).
static Vec referenced_names(const IrModule *m, bool optimized) {
    Vec v = {0};
    for (int i = 0; i < m->externs.len; i++)
        vec_push(&v, VEC_AT(&m->externs, i));
    for (int i = 0; i < m->funcs.len; i++) {
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
    for (int i = 0; i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        for (int j = 0; j < d->relocs.len; j++)
            vec_push(&v, (void *)((IrReloc *)VEC_AT(&d->relocs, j))->sym);
    }
    sort_names(&v);
    return v;
}

static void emit_externs(Emitter *e, const IrModule *m) {
    Vec defined = defined_names(m), used = referenced_names(m, e->opt->optimize);
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
    static const char *const names[] = {".rodata", ".data", ".bss", "mgc_lbss nobits alloc noexec write align=64"};
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

void amd64_emit_module(Buf *out, const IrModule *m, const AsmOptions *opt) {
    Emitter e = {.out = out, .opt = opt};
    for (int i = 0; i < m->data.len; i++) {
        const IrData *d = VEC_AT(&m->data, i);
        if (is_large_data(d))
            strmap_put(&e.large_data, d->name, (void *)d);
    }
    dwarf_begin(&e, m);
    emit_module_header(&e, m);
    emit_externs(&e, m);
    emit_blank(&e);
    emit_ins(&e, "section", ".text");
    for (int i = 0; i < m->funcs.len; i++)
        isel_func(&e, VEC_AT(&m->funcs, i));
    pcln_emit_table(&e);
    emit_data(&e, m, SEC_RODATA);
    emit_data(&e, m, SEC_DATA);
    emit_data(&e, m, SEC_BSS);
    emit_data(&e, m, SEC_LBSS);
    emit_large_noptr(&e, m);
    emit_float_consts(&e);
    dwarf_emit(&e);
    emit_blank(&e);
    emit_insc(&e, "no executable stack", "section",
              ".note.GNU-stack noalloc noexec nowrite progbits");
}
