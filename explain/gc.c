// gc.c: go1.19's own assembly of the program, for the page's third column.
//
// The files are copied into a temporary directory (GOPATH mode, so no go.mod
// is needed) and built with `go build -gcflags=-S`, which prints every
// function as
//
//   main.Rect.Area STEXT nosplit size=5 args=0x10 locals=0x0 ...
//           0x0000 00000 (/tmp/mgc-explain-x/shapes.go:22)   IMULQ   BX, AX
//           0x0000 48 0f af c3 c3                                    H....
//
// Only the instruction lines are kept, each with its Go line; FUNCDATA and
// PCDATA (tables for the garbage collector and the unwinder) are dropped.
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool write_copy(const char *dir, const ExplainFile *f) {
    const char *base = strrchr(f->path, '/');
    base = base ? base + 1 : f->path;
    FILE *out = fopen(arena_printf("%s/%s", dir, base), "w");
    if (!out)
        return false;
    bool ok = fputs(f->text, out) >= 0;
    return fclose(out) == 0 && ok;
}

// run reads the whole output (stdout and stderr) of a shell command.
static const char *run(const char *cmd, int *status) {
    FILE *p = popen(cmd, "r");
    if (!p) {
        *status = -1;
        return "";
    }
    Buf out = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        buf_putn(&out, chunk, n);
    *status = pclose(p);
    return buf_cstr(&out);
}

// instruction reads `\t0x0000 00000 (path:LINE)\tOP\targs`; NULL for others.
static GcRow *instruction(const char *s) {
    const char *open = strstr(s, " (");
    const char *close = open ? strstr(open, ")\t") : NULL;
    if (s[0] != '\t' || strncmp(s + 1, "0x", 2) != 0 || !close)
        return NULL;
    const char *colon = close;
    while (colon > open && *colon != ':')
        colon--;
    GcRow *r = NEW(GcRow);
    r->line = atoi(colon + 1);
    const char *base = colon;
    while (base > open + 2 && base[-1] != '/')
        base--;
    r->file = arena_strndup(base, (size_t)(colon - base));
    Buf text = {0};
    for (const char *p = close + 2; *p; p++)
        buf_putc(&text, *p == '\t' ? ' ' : *p);
    r->text = buf_cstr(&text);
    if (strncmp(r->text, "FUNCDATA", 8) == 0 || strncmp(r->text, "PCDATA", 6) == 0)
        return NULL;
    return r;
}

static Vec parse_listing(const char *text) {
    Vec funcs = {0};
    GcFunc *cur = NULL;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        const char *line = arena_strndup(p, nl ? (size_t)(nl - p) : strlen(p));
        p = nl ? nl + 1 : p + strlen(p);
        const char *stext = strstr(line, " STEXT");
        if (line[0] != '\t' && line[0] != '#') {
            cur = NULL;
            if (stext) {
                cur = NEW(GcFunc);
                cur->name = arena_strndup(line, (size_t)(stext - line));
                vec_push(&funcs, cur);
            }
            continue;
        }
        GcRow *r = cur ? instruction(line) : NULL;
        if (r)
            vec_push(&cur->rows, r);
    }
    return funcs;
}

static const char *first_lines(const char *s, int n) {
    const char *p = s;
    for (int i = 0; i < n && (p = strchr(p, '\n')); i++)
        p++;
    return p ? arena_strndup(s, (size_t)(p - s)) : s;
}

Vec gc_assembly(const Vec *files, bool optimize, const char **why, const char **version) {
    int status;
    *version = run("go version 2>&1", &status);
    if (status != 0) {
        *version = NULL;
        *why = "go (go1.19) is not installed or not in PATH, so gc's assembly is missing";
        return (Vec){0};
    }
    char dir[] = "/tmp/mgc-explain-XXXXXX";
    if (!mkdtemp(dir)) {
        *why = "cannot make a temporary directory for go build";
        return (Vec){0};
    }
    bool copied = true;
    for (int i = 0; i < files->len; i++)
        copied = copied && write_copy(dir, VEC_AT(files, i));
    const char *flags = optimize ? "-S" : "-S -N -l";
    const char *out = copied ? run(arena_printf("cd %s && GO111MODULE=off GOFLAGS= go build "
                                                "-gcflags='%s' -o /dev/null . 2>&1", dir, flags),
                                   &status)
                             : "cannot copy the sources";
    run(arena_printf("rm -rf %s", dir), &(int){0});
    if (!copied || status != 0) {
        *why = arena_printf("go build -gcflags=-S failed:\n%s", first_lines(out, 12));
        return (Vec){0};
    }
    return parse_listing(out);
}
