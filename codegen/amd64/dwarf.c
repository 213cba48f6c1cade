// dwarf.c: the debugging information of `mgc build -g` (DWARF 4), written by
// mgc itself as data in debug sections, so the line table, the functions, their
// variables and the Go types are one consistent picture for gdb:
//
//   .debug_line    one row per Go statement: a label `.LlineN:` is put in the
//                  code where the statement starts, and the row says
//                  `set_address main.f.LlineN; advance_line ...; copy`. The
//                  function's own label starts a row at its func line, so gdb,
//                  skipping the prologue, stops at the first statement.
//   .debug_info    one compile unit (DW_LANG_Go), every function a
//                  DW_TAG_subprogram named as gc names it (main.(*Rect).Scale)
//                  with its parameters, results and locals, and the types
//                  (dwarf_info.c; the types come from codegen/dwarf_types.c).
//   .debug_abbrev  the shapes of those entries.
//
// Where a variable is (DW_AT_location): under -N every virtual register lives
// in its own frame slot for the whole function, so a variable held in
// registers is at fixed slots (one DW_OP_piece per word), and one in memory is
// at the address its address register's slot holds. The frame base is rbp
// (DW_OP_breg6 0), which the prologue sets before the first statement.
// Optimized, a variable's registers are renamed by opt/ and registers are
// shared between values, so no location is given and gdb says <optimized out>
// rather than show a wrong value.
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    DW_OP_deref = 0x06, DW_OP_fbreg = 0x91, DW_OP_piece = 0x93,
    DW_LNS_copy = 1, DW_LNS_advance_line = 3, DW_LNS_set_file = 4,
    DW_LNE_end_sequence = 1, DW_LNE_set_address = 2,
    LINE_BASE = -5, LINE_RANGE = 14, OPCODE_BASE = 13,
};

typedef struct DwRow { const char *label; int file; int line; } DwRow;

typedef struct Dwarf {
    const IrModule *m;
    Vec rows;       // DwRow*, in code order
    Vec files;      // const char*: absolute paths; row.file is 1 + the index
    Vec funcs;      // DwFunc*
    int nlabels;
    const char *first, *last;   // the first function's symbol, the last one's
} Dwarf;

// ---- DwBuf ----------------------------------------------------------------------

void dw_u8(DwBuf *d, int v) { buf_putc(&d->bytes, (char)(v & 0xff)); }
void dw_u16(DwBuf *d, int v) { dw_u8(d, v), dw_u8(d, v >> 8); }
void dw_u32(DwBuf *d, uint32_t v) { dw_u16(d, (int)(v & 0xffff)), dw_u16(d, (int)(v >> 16)); }
int dw_len(const DwBuf *d) { return (int)d->bytes.len; }

void dw_uleb(DwBuf *d, uint64_t v) {
    do {
        int byte = (int)(v & 0x7f);
        v >>= 7;
        dw_u8(d, v ? byte | 0x80 : byte);
    } while (v);
}

void dw_sleb(DwBuf *d, int64_t v) {
    for (;;) {
        int byte = (int)(v & 0x7f);
        v >>= 7;   // arithmetic shift: the sign stays
        bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
        dw_u8(d, done ? byte : byte | 0x80);
        if (done)
            return;
    }
}

void dw_str(DwBuf *d, const char *s) { buf_putn(&d->bytes, s, strlen(s) + 1); }

void dw_expr(DwBuf *d, int width, const char *expr) {
    DwFixup *f = NEW(DwFixup);
    f->offset = dw_len(d);
    f->width = width;
    f->expr = expr;
    vec_push(&d->fixups, f);
    for (int i = 0; i < width; i++)
        dw_u8(d, 0);
}

void dw_patch32(DwBuf *d, int offset, uint32_t v) {
    for (int i = 0; i < 4; i++)
        d->bytes.data[offset + i] = (char)((v >> (8 * i)) & 0xff);
}

// write_section: `section NAME`, a label for the other sections' references,
// then the bytes, with `dq expr` / `dd expr` where the assembler fills in.
static void write_section(Emitter *e, const char *name, const char *label, DwBuf *d) {
    emit_blank(e);
    emit_ins(e, "section", "%s noalloc noexec nowrite progbits align=1", name);
    emit_label(e, label);
    const uint8_t *bytes = (const uint8_t *)d->bytes.data;
    int at = 0;
    for (int i = 0; i < d->fixups.len; i++) {
        const DwFixup *f = VEC_AT(&d->fixups, i);
        emit_bytes(e, bytes, at, f->offset - at);
        emit_ins(e, f->width == 8 ? "dq" : "dd", "%s", f->expr);
        at = f->offset + f->width;
    }
    emit_bytes(e, bytes, at, dw_len(d) - at);
}

// ---- Collecting -------------------------------------------------------------------

void dwarf_begin(Emitter *e, const IrModule *m) {
    if (!e->opt->dwarf)
        return;
    e->dwarf = NEW(Dwarf);
    e->dwarf->m = m;
}

static const char *abs_path(const char *file) {
    char *abs = realpath(file, NULL);
    const char *s = arena_strdup(abs ? abs : file);
    free(abs);
    return s;
}

static int file_index(Dwarf *dw, const char *file) {
    const char *path = abs_path(file);
    for (int i = 0; i < dw->files.len; i++)
        if (strcmp(VEC_AT(&dw->files, i), path) == 0)
            return i + 1;
    vec_push(&dw->files, (void *)path);
    return dw->files.len;
}

// dwarf_line starts a row here. Code without a position (a compiler-made
// function) gets line 0, "no source line", rather than the line before it.
void dwarf_line(Emitter *e, Pos pos) {
    Dwarf *dw = e->dwarf;
    if (!dw || !e->scope)
        return;
    bool known = pos.file && pos.line > 0;
    if (!known && dw->rows.len == 0)
        return;   // no file to name yet
    const char *label = arena_printf(".Lline%d", ++dw->nlabels);
    emit_label(e, label);
    DwRow *r = NEW(DwRow);
    r->label = arena_printf("%s%s", e->scope, label);
    const DwRow *prev = dw->rows.len ? VEC_AT(&dw->rows, dw->rows.len - 1) : NULL;
    r->file = known ? file_index(dw, pos.file) : prev->file;
    r->line = known ? pos.line : 0;
    vec_push(&dw->rows, r);
}

// slot_offset: where vreg v lives, as an rbp offset; false if not in a slot.
static bool slot_offset(const Frame *fr, const Alloc *al, VReg v, int *off) {
    if (v < 1 || v > fr->nvregs || al->locs[v].kind != LOC_MEM || fr->vreg_offset[v] == 0)
        return false;
    *off = -fr->vreg_offset[v];
    return true;
}

// var_location: DW_OP_fbreg -off_1 DW_OP_piece w_1 ... for a value in
// registers (a one-word value needs no piece), DW_OP_fbreg -off DW_OP_deref
// for a value at the address a register holds.
static bool var_location(DwBuf *loc, const IrVar *v, const Frame *fr, const Alloc *al) {
    int off;
    if (v->in_memory) {
        if (!slot_offset(fr, al, v->addr, &off))
            return false;
        dw_u8(loc, DW_OP_fbreg), dw_sleb(loc, off), dw_u8(loc, DW_OP_deref);
        return true;
    }
    if (v->nwords == 0)
        return false;
    for (int k = 0; k < v->nwords; k++) {
        if (!slot_offset(fr, al, v->words[k], &off))
            return false;
        dw_u8(loc, DW_OP_fbreg), dw_sleb(loc, off);
        if (v->nwords > 1)
            dw_u8(loc, DW_OP_piece), dw_uleb(loc, (uint64_t)v->widths[k]);
    }
    return true;
}

void dwarf_func(Emitter *e, const IrFunc *f, const Frame *fr, const Alloc *al) {
    if (!e->dwarf)
        return;
    DwFunc *df = NEW(DwFunc);
    df->f = f;
    df->sym = asm_symbol(f->name);
    for (int i = 0; i < f->vars.len; i++) {
        DwVar *dv = NEW(DwVar);
        dv->v = VEC_AT(&f->vars, i);
        // Optimized code: no location is right for the whole function.
        dv->has_loc = !e->opt->optimize && var_location(&dv->loc, dv->v, fr, al);
        vec_push(&df->vars, dv);
    }
    vec_push(&e->dwarf->funcs, df);
    if (!e->dwarf->first)
        e->dwarf->first = df->sym;
    e->dwarf->last = df->sym;
}

// ---- .debug_line ------------------------------------------------------------------

static void set_address(DwBuf *d, const char *label) {
    dw_u8(d, 0), dw_uleb(d, 9), dw_u8(d, DW_LNE_set_address);
    dw_expr(d, 8, label);
}

// line_header: version 4, the opcode parameters, no include directories, the
// files by absolute path. Returns where header_length goes.
static int line_header(DwBuf *d, const Dwarf *dw) {
    static const uint8_t std_lengths[OPCODE_BASE - 1] = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
    dw_u32(d, 0);   // unit_length, patched
    dw_u16(d, 4);
    int header_length = dw_len(d);
    dw_u32(d, 0);   // header_length, patched
    dw_u8(d, 1), dw_u8(d, 1), dw_u8(d, 1);   // min_inst_length, max_ops, default_is_stmt
    dw_u8(d, LINE_BASE), dw_u8(d, LINE_RANGE), dw_u8(d, OPCODE_BASE);
    for (int i = 0; i < OPCODE_BASE - 1; i++)
        dw_u8(d, std_lengths[i]);
    dw_u8(d, 0);    // include_directories: none
    for (int i = 0; i < dw->files.len; i++) {
        dw_str(d, VEC_AT(&dw->files, i));
        dw_uleb(d, 0), dw_uleb(d, 0), dw_uleb(d, 0);   // directory, mtime, length
    }
    dw_u8(d, 0);
    return header_length;
}

// line_program: for each row, set_file when it changes, set_address,
// advance_line, copy; the sequence ends at the last function's end.
static void line_program(DwBuf *d, const Dwarf *dw) {
    int file = 1, line = 1;
    for (int i = 0; i < dw->rows.len; i++) {
        const DwRow *r = VEC_AT(&dw->rows, i);
        if (r->file != file)
            dw_u8(d, DW_LNS_set_file), dw_uleb(d, (uint64_t)(file = r->file));
        set_address(d, r->label);
        if (r->line != line)
            dw_u8(d, DW_LNS_advance_line), dw_sleb(d, r->line - line);
        line = r->line;
        dw_u8(d, DW_LNS_copy);
    }
    set_address(d, arena_printf("%s.end", dw->last));
    dw_u8(d, 0), dw_uleb(d, 1), dw_u8(d, DW_LNE_end_sequence);
}

static void write_lines(Emitter *e, const Dwarf *dw) {
    DwBuf d = {0};
    int header_length = line_header(&d, dw);
    dw_patch32(&d, header_length, (uint32_t)(dw_len(&d) - header_length - 4));
    line_program(&d, dw);
    dw_patch32(&d, 0, (uint32_t)(dw_len(&d) - 4));
    write_section(e, ".debug_line", "mgc.debug_line", &d);
}

// ---- The sections -------------------------------------------------------------------

static const char *comp_dir(void) {
    char *cwd = getcwd(NULL, 0);
    const char *s = arena_strdup(cwd ? cwd : ".");
    free(cwd);
    return s;
}

void dwarf_emit(Emitter *e) {
    Dwarf *dw = e->dwarf;
    if (!dw || !dw->first)
        return;
    emit_blank(e);
    emit_note(e, "DWARF 4 for gdb (-g): abbreviations, the compile unit, the line table");
    DwBuf abbrev = {0}, info = {0};
    dwarf_write_abbrevs(&abbrev);
    write_section(e, ".debug_abbrev", "mgc.debug_abbrev", &abbrev);
    const char *name = dw->m->source ? abs_path(dw->m->source) : "main";
    dwarf_write_info(&info, &dw->funcs, name, comp_dir(), dw->first,
                     arena_printf("%s.end", dw->last));
    write_section(e, ".debug_info", "mgc.debug_info", &info);
    write_lines(e, dw);
}
