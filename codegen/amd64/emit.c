// emit.c: the emit layer, the only code in mgc that writes assembly text.
//
// Every line has one of these shapes (STYLE.md §4):
//
//   label:                                         labels in column 0
//           mnemonic  operands                     ; comment
//           ^8        ^18                          ^50
//           ; x.go:12  x := f(y)                   statement comments, indented
//   ; ---- function header blocks ----             in column 0
//   %line 12+0 /abs/path/x.go                      only with -g
//
// Nothing here depends on addresses, time or hash order, so the same module
// always gives the same bytes.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum {
    INDENT = 8,         // instructions start here
    OPERAND_COL = 18,   // operands start here (mnemonic padded to 10: cvttsd2si fits)
    COMMENT_COL = 50,   // trailing comments start here when the line is shorter
    STMT_TEXT_MAX = 72, // statement text in comments is cut after this many bytes
};

static const char RULE[] =
    "; ------------------------------------------------------------------------------";

// pad_to pads the line that starts at line_start to column col, or by `gap`
// spaces when it is already too long for that.
static void pad_to(Buf *b, size_t line_start, size_t col, size_t gap) {
    size_t len = b->len - line_start;
    size_t want = len + gap > col ? len + gap : col;
    for (; len < want; len++)
        buf_putc(b, ' ');
}

// trailing_comment joins the IR note (-annotate=lower) and the instruction's own
// comment, either of which may be missing.
static const char *trailing_comment(Emitter *e, const char *comment) {
    const char *ir = e->ir_note;
    e->ir_note = NULL;
    if (ir && comment)
        return arena_printf("%s  (%s)", ir, comment);
    return ir ? ir : comment;
}

// end_line adds the trailing comment, if any, and the newline.
static void end_line(Emitter *e, size_t start, const char *comment) {
    comment = trailing_comment(e, comment);
    if (comment && !e->opt->bare) {
        pad_to(e->out, start, COMMENT_COL, 2);
        buf_printf(e->out, "; %s", comment);
    }
    buf_putc(e->out, '\n');
}

static void vemit_ins(Emitter *e, const char *comment, const char *mnem, const char *opfmt,
                      va_list ap) {
    Buf *b = e->out;
    size_t start = b->len;
    buf_printf(b, "%*s%s", INDENT, "", mnem);
    if (opfmt && *opfmt) {
        pad_to(b, start, OPERAND_COL, 1);
        buf_vprintf(b, opfmt, ap);
    }
    end_line(e, start, comment);
}

void emit_ins(Emitter *e, const char *mnem, const char *opfmt, ...) {
    va_list ap;
    va_start(ap, opfmt);
    vemit_ins(e, NULL, mnem, opfmt, ap);
    va_end(ap);
}

void emit_insc(Emitter *e, const char *comment, const char *mnem, const char *opfmt, ...) {
    va_list ap;
    va_start(ap, opfmt);
    vemit_ins(e, comment, mnem, opfmt, ap);
    va_end(ap);
}

// emit_bare writes an instruction without operands; comment may be NULL.
void emit_bare(Emitter *e, const char *comment, const char *mnem) {
    Buf *b = e->out;
    size_t start = b->len;
    buf_printf(b, "%*s%s", INDENT, "", mnem);
    end_line(e, start, comment);
}

void emit_label(Emitter *e, const char *label) {
    if (label[0] != '.')
        e->scope = label;
    buf_printf(e->out, "%s:\n", label);
}

void emit_note(Emitter *e, const char *fmt, ...) {
    if (e->opt->bare)
        return;
    va_list ap;
    buf_printf(e->out, "%*s; ", INDENT, "");
    va_start(ap, fmt);
    buf_vprintf(e->out, fmt, ap);
    va_end(ap);
    buf_putc(e->out, '\n');
}

void emit_blank(Emitter *e) {
    if (!e->opt->bare)
        buf_putc(e->out, '\n');
}

void emit_set_ir_note(Emitter *e, const char *irtext) { e->ir_note = irtext; }

// ---- Source positions -----------------------------------------------------------

// base_name is the last element of path as a comment may show it: a newline
// or carriage return in a file name (which Go allows) is written \n or \r,
// or it would end the comment and the rest would be read as assembly.
static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    if (!strpbrk(name, "\n\r"))
        return name;
    Buf b = {0};
    for (const char *p = name; *p; p++)
        if (*p == '\n' || *p == '\r')
            buf_puts(&b, *p == '\n' ? "\\n" : "\\r");
        else
            buf_putc(&b, *p);
    return buf_cstr(&b);
}

// one_line returns the first line of a statement's text, tabs as spaces, cut
// to STMT_TEXT_MAX bytes, so a comment never spills onto the next line.
static const char *one_line(const char *text) {
    Buf b = {0};
    for (const char *p = text; *p && *p != '\n' && *p != '\r'; p++) {
        if (b.len >= STMT_TEXT_MAX) {
            buf_puts(&b, " ...");
            break;
        }
        buf_putc(&b, *p == '\t' ? ' ' : *p);
    }
    return buf_cstr(&b);
}

// line_path is the file name written after %line. NASM records it in the DWARF
// file table relative to the directory nasm runs in (DW_AT_comp_dir), so an
// absolute path keeps gdb working wherever the driver assembles (docs/ABI.md).
static const char *line_path(Emitter *e, const char *file) {
    if (e->line_file && strcmp(e->line_file, file) == 0)
        return e->line_path;
    char *abs = realpath(file, NULL);
    e->line_file = file;
    e->line_path = abs ? arena_strdup(abs) : file;
    free(abs);
    return e->line_path;
}

// %line LINE+0 FILE: "+0" makes every following line of the .asm map to LINE
// (the default increment of 1 would advance the Go line per assembly line).
void emit_line_directive(Emitter *e, Pos pos) {
    if (!e->opt->debug_lines || !pos.file || pos.line <= 0)
        return;
    const char *path = line_path(e, pos.file);
    if (strpbrk(path, "\n\r\""))
        return;  // NASM cannot spell it; the DWARF line table (dwarf.c) has it as bytes
    if (strpbrk(path, " \t"))
        buf_printf(e->out, "%%line %d+0 \"%s\"\n", pos.line, path);
    else
        buf_printf(e->out, "%%line %d+0 %s\n", pos.line, path);
}

void emit_stmt(Emitter *e, Pos pos, const char *text) {
    pcln_stmt(e, pos, text);
    emit_line_directive(e, pos);
    dwarf_line(e, pos);
    if (e->opt->annotate == ANNOTATE_NONE)
        return;
    const char *file = pos.file ? base_name(pos.file) : "?";
    emit_note(e, "%s:%d  %s", file, pos.line, text ? one_line(text) : "");
}

// ---- Headers --------------------------------------------------------------------

void emit_module_header(Emitter *e, const IrModule *m) {
    const char *src = m->source ? base_name(m->source) : "?";
    if (!e->opt->bare)
        buf_printf(e->out, "; %s: generated by mgc (NASM, amd64, System V ABI; see docs/ABI.md)\n",
                   src);
    emit_blank(e);
    emit_ins(e, "bits", "64");
    emit_insc(e, "[sym] is rip-relative", "default", "rel");
}

// func_comment is the block above each function in the listing:
//
//   ; ---------------------------------------------------------------------------
//   ; func main.(*Rect).Area                     shapes.go:14
//   ; frame 48 bytes; v1..v4 at [rbp-8*N]
//   ; slot 0 r at [rbp-48], 16 bytes
//   ; ---------------------------------------------------------------------------
static void func_comment(Emitter *e, const IrFunc *f, const char *frame_desc) {
    Buf *b = e->out;
    emit_blank(e);
    buf_printf(b, "%s\n", RULE);
    size_t start = b->len;
    buf_printf(b, "; func %s", comment_name(f->goname ? f->goname : f->name));
    if (f->pos.file && f->pos.line > 0) {
        pad_to(b, start, COMMENT_COL, 2);
        buf_printf(b, "%s:%d", base_name(f->pos.file), f->pos.line);
    }
    buf_putc(b, '\n');
    if (f->goname && strcmp(f->goname, f->name) != 0)
        buf_printf(b, "; symbol %s\n", comment_name(f->name));
    for (const char *line = frame_desc; line;) {
        const char *nl = strchr(line, '\n');
        int len = nl ? (int)(nl - line) : (int)strlen(line);
        buf_printf(b, "; %.*s\n", len, line);
        line = nl ? nl + 1 : NULL;
    }
    buf_printf(b, "%s\n", RULE);
}

// emit_func_header writes that block (not when bare), `global` and the label.
void emit_func_header(Emitter *e, const IrFunc *f, const char *frame_desc) {
    const char *sym = asm_symbol(f->name);
    if (!e->opt->bare)
        func_comment(e, f, frame_desc);
    // A sized function symbol makes gdb attribute every pc inside the function
    // to it, not to the nearest block label (NASM writes those into the ELF
    // symbol table too), so frame-pointer unwinding works from any block.
    emit_ins(e, f->is_exported ? "global" : "static", "%s:function (%s.end - %s)", sym, sym,
             sym);
    emit_line_directive(e, f->pos);   // the prologue belongs to the func line
    emit_label(e, sym);
    dwarf_line(e, f->pos);
}

void emit_func_end(Emitter *e) { emit_label(e, ".end"); }

// ---- Data -----------------------------------------------------------------------

void emit_data_header(Emitter *e, const IrData *d) {
    const char *sym = asm_symbol(d->name);
    emit_blank(e);
    if (symbol_escaped(d->name) && !e->opt->bare)
        buf_printf(e->out, "; %s\n", d->name);     // the Go name behind the escapes
    if (d->comment && strcmp(d->comment, d->name) != 0 && !e->opt->bare)
        buf_printf(e->out, "; %s\n", d->comment);
    if (d->global || e->split)
        emit_ins(e, "global", "%s:data %d", sym, d->size);
    if (d->align > 1 && (d->bytes || d->readonly || d->relocs.len))
        emit_ins(e, "align", "%d, db 0", d->align);   // not the default NOP fill
    else if (d->align > 1)
        emit_ins(e, "alignb", "%d", d->align);
    emit_label(e, sym);
}

static bool printable(const uint8_t *bytes, int n) {
    for (int i = 0; i < n; i++)
        if ((bytes[i] < 0x20 || bytes[i] > 0x7e) && bytes[i] != '\n' && bytes[i] != '\t')
            return false;
    return n > 0;
}

// quoted renders printable bytes as a Go string literal, for comments.
static const char *quoted(const uint8_t *bytes, int n) {
    Buf b = {0};
    buf_putc(&b, '"');
    for (int i = 0; i < n; i++) {
        switch (bytes[i]) {
        case '\n': buf_puts(&b, "\\n"); break;
        case '\t': buf_puts(&b, "\\t"); break;
        case '"':  buf_puts(&b, "\\\""); break;
        case '\\': buf_puts(&b, "\\\\"); break;
        default:   buf_putc(&b, (char)bytes[i]); break;
        }
    }
    buf_putc(&b, '"');
    return buf_cstr(&b);
}

// emit_bytes_compact writes a large blob (a long string literal, the
// function names of deep closures) as NASM backquoted strings of 96 bytes a
// line, text as itself and other bytes as \xNN: a quarter of the hex form's
// size, and one token a line for NASM to read.
static void emit_bytes_compact(Emitter *e, const uint8_t *p, int n) {
    for (int at = 0; at < n; at += 96) {
        int len = n - at < 96 ? n - at : 96;
        Buf b = {0};
        buf_puts(&b, "        db      `");
        for (int i = 0; i < len; i++) {
            uint8_t c = p[at + i];
            if (c >= 0x20 && c < 0x7f && c != '`' && c != '\\')
                buf_putc(&b, (char)c);
            else
                buf_printf(&b, "\\x%02x", c);
        }
        buf_puts(&b, "`\n");
        buf_putn(e->out, b.data, b.len);
    }
}

enum { COMPACT_BYTES = 1024 };

// emit_bytes writes bytes [offset, offset+n) of a data symbol as db lines of at
// most 16 bytes, each commented with its offset (and its text when printable);
// compact, a large blob, or any in the text only nasm reads (bare: each hex
// byte is a token, and nasm took 10 us a line of them, against 3 for a string).
void emit_bytes(Emitter *e, const uint8_t *bytes, int offset, int n) {
    if (n > COMPACT_BYTES || e->opt->bare) {
        emit_bytes_compact(e, bytes + offset, n);
        return;
    }
    for (int at = 0; at < n; at += 16) {
        int len = n - at < 16 ? n - at : 16;
        const uint8_t *p = bytes + offset + at;
        Buf ops = {0};
        for (int i = 0; i < len; i++)
            buf_printf(&ops, "%s0x%02x", i ? ", " : "", p[i]);
        const char *comment = printable(p, len)
            ? arena_printf("+%d  %s", offset + at, quoted(p, len))
            : arena_printf("+%d", offset + at);
        emit_insc(e, comment, "db", "%s", buf_cstr(&ops));
    }
}

void emit_reloc(Emitter *e, const IrReloc *r) {
    const char *sym = asm_symbol(r->sym);
    const char *comment = symbol_escaped(r->sym)
        ? arena_printf("+%d  %s", r->offset, r->sym)
        : arena_printf("+%d", r->offset);
    const char *op = r->width == 4 ? "dd" : "dq";
    if (r->addend > 0)
        emit_insc(e, comment, op, "%s + %lld", sym, (long long)r->addend);
    else if (r->addend < 0)
        emit_insc(e, comment, op, "%s - %llu", sym, 0ULL - (unsigned long long)r->addend);
    else
        emit_insc(e, comment, op, "%s", sym);
}

// ---- Float constants ------------------------------------------------------------

typedef struct FloatConst {
    const char *label;   // f64.<bits> / f32.<bits>, gc's $f64.<bits>
    uint64_t bits;
    bool is32;
    bool mask;           // a 16-byte aligned operand of xorps: bits, then zeros
} FloatConst;

// float_const registers a constant once per module; its memory operand.
static const char *float_const(Emitter *e, const char *label, uint64_t bits, bool is32, bool mask) {
    if (!strmap_get(&e->fconst_seen, label)) {
        FloatConst *c = NEW(FloatConst);
        *c = (FloatConst){label, bits, is32, mask};
        vec_push(&e->fconsts, c);
        strmap_put(&e->fconst_seen, label, c);
    }
    return arena_printf("[rel %s]", label);
}

// emit_float_const returns the operand for a float constant in read-only data,
// registering it (once per module) for emit_float_consts.
const char *emit_float_const(Emitter *e, double v, bool is32) {
    uint64_t bits;
    if (is32) {
        float f = (float)v;
        uint32_t b32;
        memcpy(&b32, &f, sizeof b32);
        bits = b32;
    } else {
        memcpy(&bits, &v, sizeof bits);
    }
    const char *label = is32 ? arena_printf("f32.%08llx", (unsigned long long)bits)
                             : arena_printf("f64.%016llx", (unsigned long long)bits);
    return float_const(e, label, bits, is32, false);
}

// emit_sign_mask is the operand `xorps x, m` flips a float's sign with: the
// sign bit in the low lane (gc's PXOR with $f64.8000000000000000).
const char *emit_sign_mask(Emitter *e, bool is32) {
    return is32 ? float_const(e, "f32.signmask", 0x80000000ull, true, true)
                : float_const(e, "f64.signmask", 0x8000000000000000ull, false, true);
}

// emit_float_consts writes the constants emit_float_const handed out.
void emit_float_consts(Emitter *e) {
    if (e->fconsts.len == 0)
        return;
    emit_blank(e);
    emit_ins(e, "section", ".rodata");
    for (int i = 0; i < e->fconsts.len; i++) {
        const FloatConst *c = VEC_AT(&e->fconsts, i);
        emit_ins(e, "align", "%d, db 0", c->mask ? 16 : c->is32 ? 4 : 8);
        emit_label(e, c->label);
        if (c->mask)
            emit_ins(e, "dq", "0x%016llx, 0", (unsigned long long)c->bits);
        else if (c->is32)
            emit_ins(e, "dd", "0x%08llx", (unsigned long long)c->bits);
        else
            emit_ins(e, "dq", "0x%016llx", (unsigned long long)c->bits);
    }
}
