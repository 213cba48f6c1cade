// asm.c: the NASM text of `mgc asm -g -annotate=lower`, split into functions
// and rows. The back end writes (codegen/amd64/emit.c):
//
//   ; ---------------------------------------------------   header comments
//   ; func main.use                 x.go:16
//           global    main.use:function (main.use.end - main.use)
//   %line 16+0 /abs/x.go                                      the Go line of what follows
//   main.use:                                                 labels in column 0
//           ; x.go:17  return s.Area()                        statement comment
//           ; Shape.Area: fun[0] of the itab, at tab+24       lowering note
//           mov       rax, qword [rax+24]   ; v5 = load.u64 [v3+24]
//   .end:                                                     the function's end
//
// The %line directives are the compiler's own line table (the one gdb reads),
// so every row gets its Go line from them rather than from the comments.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct Splitter {
    const Vec *files;       // ExplainFile*
    const char **realpaths; // each file's absolute path, as %line names it
    Vec funcs;              // AsmFunc*
    AsmFunc *cur;           // the function being read, NULL between functions
    Vec header;             // header comment rows waiting for their function
    int file, line;         // the Go position of the rows that follow
} Splitter;

static const char *trim(const char *s, size_t n) {
    while (n > 0 && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    return arena_strndup(s, n);
}

static void add_row(Splitter *sp, Vec *to, char kind, const char *text, const char *ir) {
    AsmRow *r = NEW(AsmRow);
    *r = (AsmRow){.kind = kind, .file = sp->file, .line = sp->line, .text = text, .ir = ir};
    vec_push(to, r);
}

// line_directive reads `%line 17+0 /abs/x.go` (the path may be quoted).
static void line_directive(Splitter *sp, const char *s) {
    char *end;
    long line = strtol(s + strlen("%line"), &end, 10);
    while (*end && *end != ' ')
        end++;
    const char *path = trim(end, strlen(end));
    size_t n = strlen(path);
    if (n >= 2 && path[0] == '"')
        path = arena_strndup(path + 1, n - 2);
    sp->line = line > 0 ? (int)line : 0;
    sp->file = -1;
    for (int i = 0; i < sp->files->len; i++)
        if (strcmp(sp->realpaths[i], path) == 0)
            sp->file = i;
}

// function_start reads `global SYM:function (...)` (or `static`).
static bool function_start(Splitter *sp, const char *ins) {
    const char *p = NULL;
    if (strncmp(ins, "global ", 7) == 0 || strncmp(ins, "static ", 7) == 0)
        p = trim(ins + 7, strlen(ins + 7));
    const char *colon = p ? strstr(p, ":function") : NULL;
    if (!colon)
        return false;
    AsmFunc *f = NEW(AsmFunc);
    f->sym = arena_strndup(p, (size_t)(colon - p));
    f->rows = sp->header;
    sp->header = (Vec){0};
    vec_push(&sp->funcs, f);
    sp->cur = f;
    return true;
}

// instruction splits `mnem  operands   ; comment` at the first `;` outside
// quotes (a `db` of a string could hold one).
static void instruction(Splitter *sp, const char *s) {
    const char *semi = NULL;
    bool quoted = false;
    for (const char *p = s; *p && !semi; p++) {
        if (*p == '\'' || *p == '"' || *p == '`')
            quoted = !quoted;
        else if (*p == ';' && !quoted)
            semi = p;
    }
    if (!semi) {
        add_row(sp, &sp->cur->rows, 'i', trim(s, strlen(s)), NULL);
        return;
    }
    const char *ir = trim(semi + 1, strlen(semi + 1));
    add_row(sp, &sp->cur->rows, 'i', trim(s, (size_t)(semi - s)), *ir ? ir : NULL);
}

// statement_comment: `x.go:17  text`, which the back end writes before the
// first instruction of each statement.
static bool statement_comment(const char *c) {
    const char *colon = strstr(c, ".go:");
    const char *space = strchr(c, ' ');
    if (!colon || (space && space < colon))
        return false;
    const char *p = colon + 4;
    if (*p < '0' || *p > '9')
        return false;
    while (*p >= '0' && *p <= '9')
        p++;
    return *p == ' ' || *p == '\0';
}

static void read_line(Splitter *sp, const char *s, size_t n) {
    const char *t = trim(s, n);
    if (strncmp(t, "%line", 5) == 0) {
        line_directive(sp, t);
        return;
    }
    if (!*t)
        return;
    if (s[0] == ';') {      // column 0: a function header (or data comments)
        sp->file = -1, sp->line = 0;   // it belongs to no Go line yet
        add_row(sp, &sp->header, 'h', trim(t + 1, strlen(t + 1)), NULL);
        return;
    }
    if (s[0] != ' ' && s[0] != '\t') {  // a label
        if (sp->cur && strcmp(t, ".end:") == 0) {
            sp->cur = NULL;
            return;
        }
        if (sp->cur)
            add_row(sp, &sp->cur->rows, 'l', t, NULL);
        else
            sp->header = (Vec){0};   // a data symbol's label: its comments were not a header
        return;
    }
    if (!sp->cur) {
        if (!function_start(sp, t) && strncmp(t, "section", 7) == 0)
            sp->header = (Vec){0};
        return;
    }
    if (t[0] == ';') {
        const char *c = trim(t + 1, strlen(t + 1));
        add_row(sp, &sp->cur->rows, statement_comment(c) ? 's' : 'n', c, NULL);
        return;
    }
    instruction(sp, t);
}

Vec asm_split(const char *text, const Vec *files) {
    Splitter sp = {.files = files, .file = -1};
    sp.realpaths = arena_alloc(sizeof(char *) * (size_t)(files->len + 1));
    for (int i = 0; i < files->len; i++) {
        const char *path = ((ExplainFile *)VEC_AT(files, i))->path;
        char *abs = realpath(path, NULL);
        sp.realpaths[i] = abs ? arena_strdup(abs) : path;
        free(abs);
    }
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        read_line(&sp, p, n);
        p += n + (nl ? 1 : 0);
    }
    return sp.funcs;
}
