// quote.c: UTF-8 and quoting as fmt's %q, %c and %U need them (=
// unicode/utf8 and strconv/quote.go), and FmtBuf.
#include <string.h>

#include "fmt.h"

bool rune_is_print(int32_t r);   // lexer/unicode.c, from Go 1.19's tables

bool is_print(int32_t r) { return rune_is_print(r); }

void buf_write(FmtBuf *b, const void *p, int64_t n) {
    if (b->len + n > b->cap) {
        int64_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n)
            cap *= 2;
        char *q = mallocgc_noscan((uint64_t)cap);
        if (b->len)
            memcpy(q, b->p, (size_t)b->len);
        b->p = q;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->len, p, (size_t)n);
    b->len += n;
}

void buf_byte(FmtBuf *b, char c) { buf_write(b, &c, 1); }
void buf_str(FmtBuf *b, const char *s) { buf_write(b, s, (int64_t)strlen(s)); }
void buf_gostr(FmtBuf *b, GoString s) { buf_write(b, s.ptr, s.len); }

static bool valid_rune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

void buf_rune(FmtBuf *b, int32_t r) {
    char s[4];
    uint32_t u = valid_rune(r) ? (uint32_t)r : 0xFFFD;
    if (u < 0x80) {
        buf_byte(b, (char)u);
    } else if (u < 0x800) {
        s[0] = (char)(0xC0 | u >> 6), s[1] = (char)(0x80 | (u & 0x3F));
        buf_write(b, s, 2);
    } else if (u < 0x10000) {
        s[0] = (char)(0xE0 | u >> 12), s[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        s[2] = (char)(0x80 | (u & 0x3F));
        buf_write(b, s, 3);
    } else {
        s[0] = (char)(0xF0 | u >> 18), s[1] = (char)(0x80 | ((u >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((u >> 6) & 0x3F)), s[3] = (char)(0x80 | (u & 0x3F));
        buf_write(b, s, 4);
    }
}

// = utf8.DecodeRune: the rune at s and its width; (U+FFFD, 1) for an
// invalid or incomplete encoding.
int32_t decode_rune(const uint8_t *s, int64_t n, int *width) {
    *width = 1;
    if (n < 1)
        return 0xFFFD;
    uint8_t c = s[0];
    if (c < 0x80)
        return c;
    int len = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || len > n)
        return 0xFFFD;
    int32_t r = c & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0xFFFD;
        r = r << 6 | (s[i] & 0x3F);
    }
    static const int32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (r < min[len] || !valid_rune(r))
        return 0xFFFD;
    *width = len;
    return r;
}

int64_t rune_count(const uint8_t *s, int64_t n) {
    int64_t count = 0;
    for (int64_t i = 0; i < n; count++) {
        int w;
        decode_rune(s + i, n - i, &w);
        i += w;
    }
    return count;
}

// append_escaped_rune = strconv's appendEscapedRune.
static void append_escaped_rune(FmtBuf *b, int32_t r, char quote, bool ascii) {
    static const char hex[] = "0123456789abcdef";
    if (r == quote || r == '\\') {
        buf_byte(b, '\\');
        buf_byte(b, (char)r);
        return;
    }
    if (ascii ? r < 0x80 && is_print(r) : is_print(r)) {
        buf_rune(b, r);
        return;
    }
    const char *esc = r == '\a' ? "\\a" : r == '\b' ? "\\b" : r == '\f' ? "\\f" : r == '\n' ? "\\n"
                    : r == '\r' ? "\\r" : r == '\t' ? "\\t" : r == '\v' ? "\\v" : NULL;
    if (esc) {
        buf_str(b, esc);
        return;
    }
    int digits = 8;
    if (r < ' ' || r == 0x7F) {
        buf_str(b, "\\x");
        digits = 2;
    } else {
        if (!valid_rune(r))
            r = 0xFFFD;
        buf_str(b, r < 0x10000 ? "\\u" : "\\U");
        digits = r < 0x10000 ? 4 : 8;
    }
    for (int s = (digits - 1) * 4; s >= 0; s -= 4)
        buf_byte(b, hex[(r >> s) & 0xF]);
}

void append_quote(FmtBuf *b, const uint8_t *s, int64_t n, bool ascii) {
    static const char hex[] = "0123456789abcdef";
    buf_byte(b, '"');
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = decode_rune(s + i, n - i, &w);
        if (w == 1 && r == 0xFFFD) {
            buf_str(b, "\\x");
            buf_byte(b, hex[s[i] >> 4]);
            buf_byte(b, hex[s[i] & 0xF]);
        } else {
            append_escaped_rune(b, r, '"', ascii);
        }
        i += w;
    }
    buf_byte(b, '"');
}

void append_quote_rune(FmtBuf *b, int32_t r, bool ascii) {
    if (!valid_rune(r))
        r = 0xFFFD;
    buf_byte(b, '\'');
    append_escaped_rune(b, r, '\'', ascii);
    buf_byte(b, '\'');
}

bool can_backquote(const uint8_t *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = decode_rune(s + i, n - i, &w);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == 0xFFFD || (r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}
