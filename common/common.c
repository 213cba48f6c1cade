// common.c: arena, buffers, vectors and the one error reporter.
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// ---- Arena ------------------------------------------------------------------

// The arena takes memory from the system in chunks of 8 MB, aligned to and
// marked for 2 MB pages: a large program's compile allocates gigabytes, and
// with 4 KB pages a quarter of its time went to page faults.
enum { ARENA_CHUNK = 8 << 20, HUGE_PAGE = 2 << 20 };

static char *arena_cur;
static size_t arena_left;
size_t arena_bytes;   // taken from the system so far (mgc build -v)

static void *new_chunk(size_t size) {
    size = (size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
    char *p = mmap(NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
                   0);
    if (p == MAP_FAILED)
        fatal("out of memory");
    char *aligned = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    madvise(aligned, size, MADV_HUGEPAGE);  // advice: fine to fail
    return aligned;
}

void *arena_alloc(size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (size > arena_left) {
        size_t chunk = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        arena_cur = new_chunk(chunk);
        arena_left = chunk;
        arena_bytes += chunk;
    }
    void *p = arena_cur;
    arena_cur += size;
    arena_left -= size;
    return p;
}

char *arena_strndup(const char *s, size_t n) {
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    return p;
}

char *arena_strdup(const char *s) { return arena_strndup(s, strlen(s)); }

char *arena_printf(const char *fmt, ...) {
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return (char *)buf_cstr(&b);
}

// ---- Buf and Vec ------------------------------------------------------------

static void buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *data = arena_alloc(cap);
    if (b->len)
        memcpy(data, b->data, b->len);
    b->data = data;
    b->cap = cap;
}

void buf_putn(Buf *b, const char *s, size_t n) {
    buf_reserve(b, n);
    if (n)   // s may be an empty Buf's NULL data
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_putc(Buf *b, char c) { buf_putn(b, &c, 1); }
void buf_puts(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }

// buf_vprintf formats once into the room the buffer has, and a second time
// only when that was too small (the emit layer formats every line it writes).
void buf_vprintf(Buf *b, const char *fmt, va_list ap) {
    buf_reserve(b, 64);
    va_list ap2;
    va_copy(ap2, ap);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        unreachable();
    if ((size_t)n >= room) {
        buf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *buf_cstr(Buf *b) { return b->len ? b->data : ""; }

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = arena_alloc(sizeof(void *) * (size_t)cap);
        if (v->len)
            memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
}

void vec_append(Vec *v, const Vec *items) {
    for (int i = 0; i < items->len; i++)
        vec_push(v, items->items[i]);
}

bool vec_contains(const Vec *v, const void *item) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] == item)
            return true;
    return false;
}

// ---- StrMap -----------------------------------------------------------------

static uint64_t hash_string(const char *s) {  // FNV-1a
    uint64_t h = 14695981039346656037u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

// strmap_slot is the slot of key, or the free slot where it would go.
static int strmap_slot(const StrMap *m, const char *key) {
    int mask = m->cap - 1;
    int i = (int)(hash_string(key) & (uint64_t)mask);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & mask;
    return i;
}

void *strmap_get(const StrMap *m, const char *key) {
    if (m->len == 0)
        return NULL;
    int i = strmap_slot(m, key);
    return m->keys[i] ? m->vals[i] : NULL;
}

static void strmap_grow(StrMap *m) {
    StrMap bigger = {.cap = m->cap ? 2 * m->cap : 16};
    bigger.keys = arena_alloc(sizeof(char *) * (size_t)bigger.cap);
    bigger.vals = arena_alloc(sizeof(void *) * (size_t)bigger.cap);
    for (int i = 0; i < m->cap; i++)
        if (m->keys[i])
            strmap_put(&bigger, m->keys[i], m->vals[i]);
    *m = bigger;
}

void strmap_put(StrMap *m, const char *key, void *val) {
    if (2 * (m->len + 1) > m->cap)
        strmap_grow(m);
    int i = strmap_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->len++;
    }
    m->vals[i] = val;
}

// ---- PtrSet -----------------------------------------------------------------

static int ptrset_slot(const PtrSet *s, const void *p) {
    uint64_t h = (uint64_t)(uintptr_t)p * 11400714819323198485u;   // Fibonacci hashing
    int mask = s->cap - 1;
    int i = (int)(h >> 32) & mask;
    while (s->items[i] && s->items[i] != p)
        i = (i + 1) & mask;
    return i;
}

bool ptrset_has(const PtrSet *s, const void *p) {
    return s->len > 0 && s->items[ptrset_slot(s, p)] == p;
}

bool ptrset_add(PtrSet *s, const void *p) {
    if (2 * (s->len + 1) > s->cap) {
        PtrSet bigger = {.cap = s->cap ? 2 * s->cap : 16};
        bigger.items = arena_alloc(sizeof(void *) * (size_t)bigger.cap);
        for (int i = 0; i < s->cap; i++)
            if (s->items[i])
                ptrset_add(&bigger, s->items[i]);
        *s = bigger;
    }
    int i = ptrset_slot(s, p);
    if (s->items[i])
        return false;
    s->items[i] = p;
    s->len++;
    return true;
}

// ---- PtrMap -----------------------------------------------------------------

void *ptrmap_get(const PtrMap *m, const void *key) {
    if (m->keys.len == 0)
        return NULL;
    int i = ptrset_slot(&m->keys, key);
    return m->keys.items[i] ? m->vals[i] : NULL;
}

void ptrmap_put(PtrMap *m, const void *key, void *val) {
    if (2 * (m->keys.len + 1) > m->keys.cap) {
        PtrMap bigger = {.keys = {.cap = m->keys.cap ? 2 * m->keys.cap : 16}};
        bigger.keys.items = arena_alloc(sizeof(void *) * (size_t)bigger.keys.cap);
        bigger.vals = arena_alloc(sizeof(void *) * (size_t)bigger.keys.cap);
        for (int i = 0; i < m->keys.cap; i++)
            if (m->keys.items[i])
                ptrmap_put(&bigger, m->keys.items[i], m->vals[i]);
        *m = bigger;
    }
    int i = ptrset_slot(&m->keys, key);
    if (!m->keys.items[i]) {
        m->keys.items[i] = key;
        m->keys.len++;
    }
    m->vals[i] = val;
}

// ---- Sources ----------------------------------------------------------------

// A Source keeps a registered file's text and, once a line is asked for, the
// offset where each line starts, so finding a line is one index, not a scan
// from the top of the file (every statement comment asks for its line).
typedef struct Source {
    const char *file;
    const char *text;
    size_t len;
    size_t *line_start;   // line_start[l-1]: offset of line l; built on first use
    int nlines;
} Source;

static Vec sources;

void register_source(const char *file, const char *text, size_t len) {
    Source *s = NEW(Source);
    s->file = file;
    s->text = text;
    s->len = len;
    vec_push(&sources, s);
}

static void index_lines(Source *s) {
    int n = 1;
    for (size_t i = 0; i < s->len; i++)
        n += s->text[i] == '\n';
    s->line_start = arena_alloc(sizeof(size_t) * (size_t)n);
    s->nlines = 0;
    s->line_start[s->nlines++] = 0;
    for (size_t i = 0; i < s->len; i++)
        if (s->text[i] == '\n')
            s->line_start[s->nlines++] = i + 1;
}

// find_source is the registered file named `file` (few files: a linear search;
// the last one found is tried first, as lookups come in runs).
static Source *find_source(const char *file) {
    static Source *last;
    if (last && (last->file == file || strcmp(last->file, file) == 0))
        return last;
    for (int i = 0; i < sources.len; i++) {
        Source *s = VEC_AT(&sources, i);
        if (strcmp(s->file, file) == 0)
            return last = s;
    }
    return NULL;
}

char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_putn(&b, chunk, n);
    bool failed = ferror(f);
    fclose(f);
    if (failed)
        return NULL;
    *len = b.len;
    return b.len ? b.data : arena_strdup("");
}

// source_line returns the text of line `line` of `file`, or NULL.
static const char *source_line(const char *file, int line, size_t *len) {
    Source *s = find_source(file);
    if (!s)
        return NULL;
    if (!s->line_start)
        index_lines(s);
    // A line before the first reads as the first; past the last, as the end.
    size_t at = line < 1 ? 0 : line <= s->nlines ? s->line_start[line - 1] : s->len;
    const char *p = s->text + at;
    const char *end = s->text + s->len, *e = p;
    while (e < end && *e != '\n')
        e++;
    *len = (size_t)(e - p);
    return p;
}

enum { MAX_LINE_TEXT = 160 };   // bytes of a line source_line_at returns

const char *source_line_at(Pos pos) {
    size_t len;
    const char *line = pos.file ? source_line(pos.file, pos.line, &len) : NULL;
    if (!line)
        return "";
    while (len > 0 && (*line == ' ' || *line == '\t'))
        line++, len--;
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r'))
        len--;
    if (len > MAX_LINE_TEXT) {   // a generated line of 200,000 bytes, once per statement
        size_t cut = MAX_LINE_TEXT;
        while (cut > 0 && (line[cut] & 0xC0) == 0x80)
            cut--;   // not inside a UTF-8 sequence
        return arena_printf("%.*s ...", (int)cut, line);
    }
    return arena_strndup(line, len);
}

// ---- Diagnostics ------------------------------------------------------------

typedef struct Diag {
    Pos pos;
    int seq;  // report order, to keep the sort stable
    const char *msg;
} Diag;

static Vec diags;
static int total_errors;

enum { MAX_ERRORS = 10 };

static bool same_line(Pos a, Pos b) {
    return a.line == b.line && strcmp(a.file ? a.file : "", b.file ? b.file : "") == 0;
}

// verror_at records an error. Like gc (base.ErrorfAt), it drops an error
// that repeats the one just reported on the same line: f(g()) with both of
// g's results of a wrong type says so once.
void verror_at(Pos pos, const char *fmt, va_list ap) {
    Buf b = {0};
    buf_vprintf(&b, fmt, ap);
    Diag *last = diags.len ? VEC_AT(&diags, diags.len - 1) : NULL;
    if (last && same_line(last->pos, pos) && strcmp(last->msg, buf_cstr(&b)) == 0)
        return;
    Diag *d = NEW(Diag);
    d->pos = pos;
    d->seq = diags.len;
    d->msg = buf_cstr(&b);
    vec_push(&diags, d);
    total_errors++;
}

void error_at(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror_at(pos, fmt, ap);
    va_end(ap);
}

int error_count(void) { return total_errors; }

static int diag_cmp(const void *a, const void *b) {
    const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
    int c = strcmp(x->pos.file ? x->pos.file : "", y->pos.file ? y->pos.file : "");
    if (c)
        return c;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    if (x->pos.col != y->pos.col)
        return x->pos.col - y->pos.col;
    return x->seq - y->seq;
}

// print_caret quotes the offending line under the message, as cproc and chibicc do.
static void print_caret(Pos pos) {
    size_t len;
    const char *line = source_line(pos.file, pos.line, &len);
    if (!line)
        return;
    fprintf(stderr, "\t%.*s\n\t", (int)len, line);
    for (int i = 1; i < pos.col && (size_t)i <= len; i++)
        fputc(line[i - 1] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

int flush_errors(void) {
    int n = diags.len;
    if (n == 0)
        return 0;
    qsort(diags.items, (size_t)n, sizeof(void *), diag_cmp);
    bool tty = isatty(2);
    for (int i = 0; i < n; i++) {
        if (i == MAX_ERRORS) {
            fprintf(stderr, "%s:%d:%d: too many errors\n", ((Diag *)VEC_AT(&diags, i))->pos.file,
                    ((Diag *)VEC_AT(&diags, i))->pos.line, ((Diag *)VEC_AT(&diags, i))->pos.col);
            break;
        }
        Diag *d = VEC_AT(&diags, i);
        if (d->pos.line > 0)
            fprintf(stderr, "%s:%d:%d: %s\n", d->pos.file, d->pos.line, d->pos.col, d->msg);
        else
            fprintf(stderr, "%s: %s\n", d->pos.file ? d->pos.file : "mgc", d->msg);
        if (tty && d->pos.line > 0)
            print_caret(d->pos);
    }
    diags.len = 0;
    return n;
}

void fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("mgc: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

void unreachable_at(const char *file, int line) {
    fprintf(stderr, "mgc: internal compiler error at %s:%d\n", file, line);
    abort();
}
