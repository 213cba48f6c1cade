// common.h: what every phase of mgc shares: source positions, the one error
// reporter, arena allocation, growable buffers and vectors.
//
// The compiler is a short-lived process, so memory is taken from an arena and
// never freed (like chibicc). Every user-facing error goes through error_at; an
// internal inconsistency goes through unreachable(), which names the C file and
// line, so no user input can reach an assert.
#ifndef MGC_COMMON_H
#define MGC_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ---- Source positions -------------------------------------------------------

// Pos is a place in a source file as gc reports it: 1-based line and 1-based
// byte column. A Pos with line 0 means "no position" (compiler-made nodes).
typedef struct Pos {
    const char *file;  // the path as given on the command line
    int line;
    int col;
} Pos;

// register_source remembers a file's text so diagnostics can quote the line.
void register_source(const char *file, const char *text, size_t len);

// source_line_at returns the text of pos's line without leading or trailing
// blanks (for comments in the assembly), cut to 160 bytes plus " ..." when
// longer, or "" if the file is unknown.
const char *source_line_at(Pos pos);

// read_file reads a whole file into arena memory (NUL-terminated); NULL on error.
char *read_file(const char *path, size_t *len);

// ---- Diagnostics ------------------------------------------------------------

// error_at records "file:line:col: message". Errors are buffered and printed by
// flush_errors, sorted by position as gc prints them, with the source line and a
// caret when stderr is a terminal. After ten errors it prints "too many errors".
void error_at(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void verror_at(Pos pos, const char *fmt, va_list ap);

// error_count is the number of errors reported so far.
int error_count(void);

// flush_errors prints the buffered errors (at most 10, then "too many errors")
// and empties the buffer. It returns how many errors there were.
int flush_errors(void);

// fatal reports an error with no position (e.g. a file that cannot be read).
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

// unreachable marks a compiler bug: it names the C source place and aborts.
#define unreachable() unreachable_at(__FILE__, __LINE__)
void unreachable_at(const char *file, int line) __attribute__((noreturn));

// ---- Arena allocation -------------------------------------------------------

void *arena_alloc(size_t size);          // zeroed, never freed
extern size_t arena_bytes;               // the arena's size so far
char *arena_strdup(const char *s);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define NEW(T) ((T *)arena_alloc(sizeof(T)))

// ---- Growable byte buffer ---------------------------------------------------

typedef struct Buf {
    char *data;  // always NUL-terminated when len > 0
    size_t len;
    size_t cap;
} Buf;

void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
const char *buf_cstr(Buf *b);  // "" for an empty buffer

// ---- Growable vector of pointers --------------------------------------------

typedef struct Vec {
    void **items;
    int len;
    int cap;
} Vec;

void vec_push(Vec *v, void *item);
void vec_append(Vec *v, const Vec *items);  // every item of `items`, in order
bool vec_contains(const Vec *v, const void *item);  // by pointer identity
#define VEC_AT(v, i) ((v)->items[(i)])
#define VEC_LAST(v) ((v)->items[(v)->len - 1])

// StrMap maps strings to pointers: a hash table (open addressing, linear
// probing, grown at half full), for the lookups by name that a large program
// makes many of (symbols, declarations). The zero StrMap is empty.
typedef struct StrMap {
    const char **keys;  // NULL: a free slot
    void **vals;
    int cap;            // a power of two, or 0
    int len;
} StrMap;

void *strmap_get(const StrMap *m, const char *key);   // NULL when absent
void strmap_put(StrMap *m, const char *key, void *val);  // adds or replaces

// PtrSet is a set of pointers (a hash table like StrMap's), for "seen"
// checks that a linear search would make quadratic. The zero PtrSet is empty.
typedef struct PtrSet {
    const void **items; // NULL: a free slot
    int cap;            // a power of two, or 0
    int len;
} PtrSet;

bool ptrset_has(const PtrSet *s, const void *p);
bool ptrset_add(PtrSet *s, const void *p);   // false if p was already there

// PtrMap maps pointers to pointers: a PtrSet of keys with a value beside
// each. The zero PtrMap is empty.
typedef struct PtrMap {
    PtrSet keys;
    void **vals;        // vals[i] belongs to keys.items[i]
} PtrMap;

void *ptrmap_get(const PtrMap *m, const void *key);   // NULL when absent
void ptrmap_put(PtrMap *m, const void *key, void *val);  // adds or replaces

#endif
