// fmt.h: what the files of package fmt's runtime share (fmt.c, fmtvalue.c,
// ftoa.c, quote.c). Compiled code sees only the functions lib/fmt.go declares.
#ifndef MGC_FMT_H
#define MGC_FMT_H

#include "type.h"

// FmtBuf is a growing byte buffer in collected memory (= fmt's buffer type).
typedef struct FmtBuf {
    char *p;
    int64_t len, cap;
} FmtBuf;

void buf_write(FmtBuf *b, const void *p, int64_t n);
void buf_byte(FmtBuf *b, char c);
void buf_str(FmtBuf *b, const char *s);
void buf_gostr(FmtBuf *b, GoString s);
void buf_rune(FmtBuf *b, int32_t r);   // UTF-8; an invalid rune as U+FFFD

// ---- strconv's parts fmt needs ----------------------------------------------

// append_float = strconv.AppendFloat(b, v, fmt, prec, bits): fmt one of
// b e E f g G x X, prec -1 for the shortest representation that reads back
// as the same float64 (bits 64) or float32 (bits 32).
void append_float(FmtBuf *b, double v, char fmt, int64_t prec, int bits);

// append_quote = strconv.AppendQuote / AppendQuoteASCII (ascii).
void append_quote(FmtBuf *b, const uint8_t *s, int64_t n, bool ascii);
// append_quote_rune = strconv.AppendQuoteRune / AppendQuoteRuneToASCII.
void append_quote_rune(FmtBuf *b, int32_t r, bool ascii);
bool can_backquote(const uint8_t *s, int64_t n);   // = strconv.CanBackquote
bool is_print(int32_t r);                          // = strconv.IsPrint
int32_t decode_rune(const uint8_t *s, int64_t n, int *width);  // = utf8.DecodeRune
int64_t rune_count(const uint8_t *s, int64_t n);   // = utf8.RuneCount

// ---- Maps in key order (fmtsort.c; = internal/fmtsort) ------------------------------

// A map entry: the addresses of its key and element.
typedef struct MapEntry {
    const void *key, *elem;
} MapEntry;

// sorted_entries returns the n entries of map h (nil: none), sorted by key:
// numbers and strings by value, false before true, pointers by address,
// structs and arrays field by field, interfaces nil first, then by the
// address of the dynamic type's descriptor, then by value.
MapEntry *sorted_entries(const maptype *t, void *h, int64_t *n);

#endif
