// explain.c: gathers what every phase produced into the page's JSON document
// and writes the page around it.
//
// The document (page.js reads it):
//
//   {title, optimize,
//    files: [{name, path, text, tokens, ast, types, funcs: [[first, last], ...]}],
//    funcs: [{sym, asm, name, file, line, first, last,
//             phases: [{name: "lower"|PASS, text}],       the IR after each step
//             rows: [[kind, file, line, text, ir], ...],   the assembly (asm.c)
//             gc: [[line, text, file], ...] | null}],      go1.19's assembly (gc.c)
//    data: [{sym, asm, kind: "type"|"itab", title, size, groups}],   (descriptors.c)
//    gc: {on, why, version}}
#include "internal.h"

#include <string.h>

#include "../codegen/amd64/amd64.h"
#include "../parser/parser.h"
#include "../typecheck/typecheck.h"

extern const char explain_page_css[];   // $(BUILD)/gen/explain_page.c, from page.css
extern const char explain_page_js[];    // ... and page.js

// ---- Files ------------------------------------------------------------------------

ExplainFile *explain_file(const char *path, const char *text, size_t len, Node *file) {
    ExplainFile *f = NEW(ExplainFile);
    f->path = path;
    f->text = text;
    Buf tokens = {0}, ast = {0};
    dump_tokens(&tokens, path, text, len);
    ast_dump(&ast, file);
    f->tokens = buf_cstr(&tokens);
    f->ast = buf_cstr(&ast);
    for (int i = 0; i < file->decls.len; i++) {
        Node *d = file->decls.items[i];
        if (d->kind != DECL_FUNC)
            continue;
        ExplainRange *r = NEW(ExplainRange);
        r->first = d->pos.line;
        r->last = d->end.line >= d->pos.line ? d->end.line : d->pos.line;
        vec_push(&f->func_ranges, r);
    }
    return f;
}

void explain_file_types(ExplainFile *f, Node *file) {
    Buf types = {0};
    types_dump_file(&types, file);
    f->types = buf_cstr(&types);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void files_json(Buf *b, const ExplainInput *in) {
    buf_puts(b, "[");
    for (int i = 0; i < in->files.len; i++) {
        ExplainFile *f = VEC_AT(&in->files, i);
        json_next(b);
        buf_puts(b, "\n{");
        json_field(b, "name", base_name(f->path));
        json_field(b, "path", f->path);
        json_field(b, "text", f->text);
        json_field(b, "tokens", f->tokens);
        json_field(b, "ast", f->ast);
        json_field(b, "types", f->types);
        json_key(b, "funcs");
        buf_puts(b, "[");
        for (int j = 0; j < f->func_ranges.len; j++) {
            ExplainRange *r = VEC_AT(&f->func_ranges, j);
            json_next(b);
            buf_printf(b, "[%d,%d]", r->first, r->last);
        }
        buf_puts(b, "]}");
    }
    buf_puts(b, "]");
}

// ---- Functions ----------------------------------------------------------------------

// A Phase is the IR of one function after one step (lowering or a pass).
typedef struct Phase {
    const char *func;   // the function's symbol
    const char *name;   // "lower", or the pass
    Buf text;
} Phase;

// split_trace cuts the optimizer's trace at its `---- SYM: after PASS` lines.
static Vec split_trace(const char *trace) {
    Vec phases = {0};
    Phase *cur = NULL;
    for (const char *p = trace ? trace : ""; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        const char *line = arena_strndup(p, n);
        const char *after = strstr(line, ": after ");
        if (strncmp(line, "---- ", 5) == 0 && after) {
            cur = NEW(Phase);
            cur->func = arena_strndup(line + 5, (size_t)(after - line - 5));
            cur->name = arena_strndup(after + 8, strcspn(after + 8, "\r\n"));
            vec_push(&phases, cur);
        } else if (cur) {
            buf_puts(&cur->text, line);
        }
        p += n;
    }
    return phases;
}

static void phases_json(Buf *b, const IrFunc *f, const Vec *phases) {
    buf_puts(b, "[");
    int n = 0;
    for (int i = 0; i < phases->len; i++) {
        Phase *ph = VEC_AT(phases, i);
        if (strcmp(ph->func, f->name) != 0)
            continue;
        json_next(b);
        buf_puts(b, "{");
        json_field(b, "name", ph->name);
        json_field(b, "text", buf_cstr(&ph->text));
        buf_puts(b, "}");
        n++;
    }
    if (n == 0) {   // -N: no optimizer, the IR as lowering left it
        Buf text = {0};
        ir_dump_func(&text, f);
        buf_puts(b, "{");
        json_field(b, "name", "lower");
        json_field(b, "text", buf_cstr(&text));
        buf_puts(b, "}");
    }
    buf_puts(b, "]");
}

static void rows_json(Buf *b, const AsmFunc *af) {
    buf_puts(b, "[");
    for (int i = 0; af && i < af->rows.len; i++) {
        AsmRow *r = VEC_AT(&af->rows, i);
        json_next(b);
        buf_printf(b, "\n[\"%c\",%d,%d,", r->kind, r->file, r->line);
        json_str(b, r->text);
        buf_puts(b, ",");
        json_str(b, r->ir);
        buf_puts(b, "]");
    }
    buf_puts(b, "]");
}

static void gc_json(Buf *b, const Vec *gc, const char *name) {
    for (int i = 0; i < gc->len; i++) {
        GcFunc *g = VEC_AT(gc, i);
        if (strcmp(g->name, name) != 0)
            continue;
        buf_puts(b, "[");
        for (int j = 0; j < g->rows.len; j++) {
            GcRow *r = VEC_AT(&g->rows, j);
            json_next(b);
            buf_printf(b, "[%d,", r->line);
            json_str(b, r->text);
            buf_puts(b, ",");
            json_str(b, r->file);
            buf_puts(b, "]");
        }
        buf_puts(b, "]");
        return;
    }
    buf_puts(b, "null");
}

// func_place finds f's file and the lines of the declaration around it (a
// method's wrapper and a closure get their declaration's lines).
static void func_place(const ExplainInput *in, const IrFunc *f, int *file, int *first, int *last) {
    *file = -1, *first = *last = f->pos.line;
    for (int i = 0; f->pos.file && i < in->files.len; i++) {
        ExplainFile *ef = VEC_AT(&in->files, i);
        if (strcmp(ef->path, f->pos.file) != 0)
            continue;
        *file = i;
        for (int j = 0; j < ef->func_ranges.len; j++) {
            ExplainRange *r = VEC_AT(&ef->func_ranges, j);
            if (r->first <= f->pos.line && f->pos.line <= r->last)
                *first = r->first, *last = r->last;
        }
    }
}

static const AsmFunc *find_asm(const Vec *asm_funcs, const char *sym) {
    for (int i = 0; i < asm_funcs->len; i++) {
        const AsmFunc *af = VEC_AT(asm_funcs, i);
        if (strcmp(af->sym, sym) == 0)
            return af;
    }
    return NULL;
}

static void funcs_json(Buf *b, const ExplainInput *in, const Vec *gc) {
    Vec asm_funcs = asm_split(in->asm_text, &in->files);
    Vec phases = split_trace(in->trace);
    buf_puts(b, "[");
    for (int i = 0; i < in->m->funcs.len; i++) {
        const IrFunc *f = VEC_AT(&in->m->funcs, i);
        const char *sym = asm_symbol(f->name);
        int file, first, last;
        func_place(in, f, &file, &first, &last);
        json_next(b);
        buf_puts(b, "\n{");
        json_field(b, "sym", f->name);
        json_field(b, "asm", sym);
        json_field(b, "name", f->goname ? f->goname : f->name);
        json_int(b, "file", file);
        json_int(b, "line", f->pos.line);
        json_int(b, "first", first);
        json_int(b, "last", last);
        json_key(b, "phases");
        phases_json(b, f, &phases);
        json_key(b, "rows");
        rows_json(b, find_asm(&asm_funcs, sym));
        json_key(b, "gc");
        gc_json(b, gc, f->name);
        buf_puts(b, "}");
    }
    buf_puts(b, "]");
}

// ---- The page ----------------------------------------------------------------------

static void html_escaped(Buf *b, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '&': buf_puts(b, "&amp;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default: buf_putc(b, *s);
        }
    }
}

static void document_json(Buf *b, const ExplainInput *in) {
    const char *title = in->files.len ? base_name(((ExplainFile *)VEC_AT(&in->files, 0))->path) : "?";
    const char *why = "not asked for: add -gc to compare with go1.19's assembly";
    const char *version = NULL;
    Vec gc = {0};
    if (in->gc)
        gc = gc_assembly(&in->files, in->optimize, &why, &version);
    bool gc_on = in->gc && gc.len > 0;
    buf_puts(b, "{");
    json_field(b, "title", title);
    json_bool(b, "optimize", in->optimize);
    json_key(b, "files");
    files_json(b, in);
    json_key(b, "funcs");
    funcs_json(b, in, &gc);
    json_key(b, "data");
    descriptors_json(b, in->m);
    json_key(b, "gc");
    buf_puts(b, "{");
    json_bool(b, "on", gc_on);
    json_field(b, "why", gc_on ? NULL : why);
    json_field(b, "version", version);
    buf_puts(b, "}}");
}

void explain_write_page(Buf *out, const ExplainInput *in) {
    const char *title = in->files.len ? ((ExplainFile *)VEC_AT(&in->files, 0))->path : "?";
    buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<title>mgc explain: ");
    html_escaped(out, title);
    buf_puts(out, "</title>\n<style>\n");
    buf_puts(out, explain_page_css);
    buf_puts(out, "</style>\n</head>\n<body>\n<div id=\"app\"><noscript>This page needs "
                  "JavaScript.</noscript></div>\n"
                  "<script type=\"application/json\" id=\"mgc-data\">");
    document_json(out, in);
    buf_puts(out, "</script>\n<script>\n");
    buf_puts(out, explain_page_js);
    buf_puts(out, "</script>\n</body>\n</html>\n");
}
