// literal.c: gc's scanner checks and literal decoding, for the flex rules.
//
// The flex patterns in lexer.l consume exactly the bytes gc's scanner consumes
// (cmd/compile/internal/syntax/scanner.go); the functions here then replay
// gc's character-by-character checks over that text, so every message has
// gc's wording and position, and decode the literal's value.
#include "lexer/lexer.h"

#include <string.h>

// ---- UTF-8 and rune formatting ----------------------------------------------

int utf8_decode(const unsigned char *s, size_t n, int32_t *r) {
    *r = 0xFFFD;
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *r = (int32_t)c;
        return 1;
    }
    int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (len == 0 || (size_t)len > n)
        return 1;
    // Second-byte ranges exclude overlong forms, surrogates and > U+10FFFF (= utf8.DecodeRune).
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (s[1] < lo || s[1] > hi)
        return 1;
    int32_t v = (int32_t)(c & (0xFF >> (len + 1)));
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        v = v << 6 | (s[i] & 0x3F);
    }
    *r = v;
    return len;
}

// utf8_encode appends r to b in UTF-8.
void utf8_encode(Buf *b, int32_t r) {
    if (r < 0x80) {
        buf_putc(b, (char)r);
    } else if (r < 0x800) {
        buf_putc(b, (char)(0xC0 | r >> 6));
        buf_putc(b, (char)(0x80 | (r & 0x3F)));
    } else if (r < 0x10000) {
        buf_putc(b, (char)(0xE0 | r >> 12));
        buf_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (r & 0x3F)));
    } else {
        buf_putc(b, (char)(0xF0 | r >> 18));
        buf_putc(b, (char)(0x80 | ((r >> 12) & 0x3F)));
        buf_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (r & 0x3F)));
    }
}

const char *format_U(int32_t r) {
    Buf b = {0};
    buf_printf(&b, "U+%04X", (unsigned)r);
    if (rune_is_print(r)) {
        buf_puts(&b, " '");
        utf8_encode(&b, r);
        buf_putc(&b, '\'');
    }
    return buf_cstr(&b);
}

// quote_rune formats r as Go's %q does for a rune: 'x', '\n', '\x01', '\u00a0'.
static const char *quote_rune(int32_t r) {
    static const char simple[] = "\aa\bb\ff\nn\rr\tt\vv\\\\''";
    for (const char *p = simple; *p; p += 2)
        if (r == p[0])
            return arena_printf("'\\%c'", p[1]);
    if (rune_is_print(r)) {
        Buf b = {0};
        buf_putc(&b, '\'');
        utf8_encode(&b, r);
        buf_putc(&b, '\'');
        return buf_cstr(&b);
    }
    if (r < ' ' || r == 0x7F)
        return arena_printf("'\\x%02x'", (unsigned)r);
    if (r < 0x10000)
        return arena_printf("'\\u%04x'", (unsigned)r);
    return arena_printf("'\\U%08x'", (unsigned)r);
}

static Pos at_col(Pos pos, size_t offset) {
    pos.col += (int)offset;
    return pos;
}

// ---- Source prepass ---------------------------------------------------------

size_t scan_prepass(const char *file, const char *text, size_t len) {
    const unsigned char *s = (const unsigned char *)text;
    int line = 1, col = 1;
    const char *last_msg = NULL;  // gc reports equal errors on one line once
    int last_line = 0;
    size_t skip = len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
    for (size_t i = 0; i < len;) {
        Pos pos = {file, line, col};
        int32_t r;
        int w = utf8_decode(s + i, len - i, &r);
        const char *msg = NULL;
        if (s[i] == 0)
            msg = "invalid NUL character";
        else if (r == 0xFFFD && w == 1 && s[i] >= 0x80)
            msg = "invalid UTF-8 encoding";
        else if (r == 0xFEFF && i > 0)
            msg = "invalid BOM in the middle of the file";
        if (msg && !(line == last_line && msg == last_msg))
            error_at(pos, "%s", msg);
        if (msg)
            last_msg = msg, last_line = line;
        if (s[i] == '\n') {
            line++;
            col = 1;
        } else {
            col += w;
        }
        i += (size_t)w;
    }
    return skip;
}

// ---- Identifiers ------------------------------------------------------------

void check_ident(Pos pos, const char *text, size_t len) {
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len;) {
        int32_t r;
        int w = utf8_decode(s + i, len - i, &r);
        if (r >= 0x80 && !rune_is_letter(r)) {
            if (!rune_is_digit(r))
                error_at(at_col(pos, i), "invalid character %s in identifier", format_U(r));
            else if (i == 0)
                error_at(at_col(pos, i), "identifier cannot begin with digit %s", format_U(r));
        }
        i += (size_t)w;
    }
}

// ---- Numbers (= scanner.number) ---------------------------------------------

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

static int lower(int c) { return c | ('a' - 'A'); }
static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

// NumScan is a cursor over a number's text, as gc's scanner walks it.
typedef struct NumScan {
    const char *s;
    size_t len, i;
    Pos pos;
} NumScan;

static int num_ch(NumScan *n) { return n->i < n->len ? (unsigned char)n->s[n->i] : -1; }

// num_digits = scanner.digits: returns bit 0 for digits seen, bit 1 for '_'.
static int num_digits(NumScan *n, int base, int *invalid) {
    int digsep = 0;
    for (int c = num_ch(n); base <= 10 ? is_decimal(c) || c == '_' : is_hex(c) || c == '_'; c = num_ch(n)) {
        if (c == '_')
            digsep |= 2;
        else {
            digsep |= 1;
            if (base <= 10 && c >= '0' + base && invalid && *invalid < 0)
                *invalid = (int)n->i;
        }
        n->i++;
    }
    return digsep;
}

// invalid_sep = scanner.invalidSep: the index of the first misplaced '_', or -1.
static int invalid_sep(const char *x, size_t len) {
    int x1 = ' ', d = '.';
    size_t i = 0;
    if (len >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < len; i++) {
        int p = d;
        d = (unsigned char)x[i];
        if (d == '_') {
            if (p != '0')
                return (int)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return (int)i - 1;
            d = '.';
        }
    }
    return d == '_' ? (int)len - 1 : -1;
}

// num_prefix scans an integer prefix (0x, 0o, 0b or a legacy octal 0).
static int num_prefix(NumScan *n, int *prefix, int *digsep) {
    if (num_ch(n) != '0')
        return 10;
    n->i++;
    int c = lower(num_ch(n));
    if (c == 'x' || c == 'o' || c == 'b') {
        n->i++;
        *prefix = c;
        return c == 'x' ? 16 : c == 'o' ? 8 : 2;
    }
    *prefix = '0';
    *digsep = 1;  // the leading 0 is a digit
    return 8;
}

// num_exponent scans an exponent and reports gc's exponent errors.
static void num_exponent(NumScan *n, int prefix, int *digsep, bool *ok, NodeKind *kind) {
    int e = lower(num_ch(n));
    if (*ok) {
        if (e == 'e' && prefix != 0 && prefix != '0') {
            error_at(at_col(n->pos, n->i), "'%c' exponent requires decimal mantissa", n->s[n->i]);
            *ok = false;
        } else if (e == 'p' && prefix != 'x') {
            error_at(at_col(n->pos, n->i), "'%c' exponent requires hexadecimal mantissa", n->s[n->i]);
            *ok = false;
        }
    }
    n->i++;
    *kind = EXPR_FLOAT_LIT;
    if (num_ch(n) == '+' || num_ch(n) == '-')
        n->i++;
    *digsep = num_digits(n, 10, NULL) | (*digsep & 2);
    if (!(*digsep & 1) && *ok) {
        error_at(at_col(n->pos, n->i), "exponent has no digits");
        *ok = false;
    }
}

NodeKind check_number(Pos pos, const char *text, size_t len) {
    NumScan n = {text, len, 0, pos};
    NodeKind kind = EXPR_INT_LIT;
    int base = 10, prefix = 0, digsep = 0, invalid = -1;
    bool ok = true;
    bool seen_point = text[0] == '.';
    if (seen_point) {
        n.i++;
    } else {
        base = num_prefix(&n, &prefix, &digsep);
        digsep |= num_digits(&n, base, &invalid);
        if (num_ch(&n) == '.') {
            if (prefix == 'o' || prefix == 'b') {
                error_at(at_col(pos, n.i), "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            n.i++;
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = EXPR_FLOAT_LIT;
        digsep |= num_digits(&n, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        error_at(at_col(pos, n.i), "%s literal has no digits", base_name(base));
        ok = false;
    }
    int e = lower(num_ch(&n));
    if (e == 'e' || e == 'p') {
        num_exponent(&n, prefix, &digsep, &ok, &kind);
    } else if (prefix == 'x' && kind == EXPR_FLOAT_LIT && ok) {
        error_at(at_col(pos, n.i), "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (num_ch(&n) == 'i') {
        kind = EXPR_IMAG_LIT;
        n.i++;
    }
    if (kind == EXPR_INT_LIT && invalid >= 0 && ok) {
        error_at(at_col(pos, (size_t)invalid), "invalid digit '%c' in %s literal", text[invalid], base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(text, len);
        if (i >= 0)
            error_at(at_col(pos, (size_t)i), "'_' must separate successive digits");
    }
    return kind;
}

// ---- Strings and runes (= scanner.stdString, rune, escape) ------------------

// QuoteScan walks a quoted literal: `end` is what follows the matched text
// (-1 for EOF, '\n' for a newline) when the literal is not closed.
typedef struct QuoteScan {
    const unsigned char *s;
    size_t len, i;
    int end;
    Pos pos;
    Buf value;
} QuoteScan;

// q_ch returns the current rune (decoded) and its width in *w.
static int32_t q_ch(QuoteScan *q, int *w) {
    if (q->i >= q->len) {
        *w = 0;
        return q->end;
    }
    int32_t r;
    *w = utf8_decode(q->s + q->i, q->len - q->i, &r);
    if (r == 0xFFFD && *w == 1)
        r = q->s[q->i];  // keep invalid bytes as they are (already reported)
    return r;
}

static Pos q_pos(QuoteScan *q) { return at_col(q->pos, q->i); }

static int digit_val(int32_t c) {
    if (is_decimal(c))
        return c - '0';
    if (c < 0x80 && lower(c) >= 'a' && lower(c) <= 'f')
        return lower(c) - 'a' + 10;
    return 99;
}

// q_escape = scanner.escape: the backslash has been consumed. It appends the
// escaped value and returns false after reporting an error.
static bool q_escape(QuoteScan *q, int quote) {
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    int w;
    int32_t c = q_ch(q, &w);
    int n, base;
    uint32_t max;
    if (c == quote || (c > 0 && c < 0x80 && strchr(simple, (int)c) && (strchr(simple, (int)c) - simple) % 2 == 0)) {
        buf_putc(&q->value, c == quote ? (char)quote : strchr(simple, (int)c)[1]);
        q->i += (size_t)w;
        return true;
    }
    if (c >= '0' && c <= '7') {
        n = 3, base = 8, max = 255;
    } else if (c == 'x' || c == 'u' || c == 'U') {
        q->i += (size_t)w;
        n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        base = 16;
        max = c == 'x' ? 255 : 0x10FFFF;
    } else {
        if (c < 0)
            return true;  // the caller complains about EOF
        error_at(q_pos(q), "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        c = q_ch(q, &w);
        if (c < 0)
            return true;
        int d = digit_val(c);
        if (d >= base) {
            error_at(q_pos(q), "invalid character %s in %s escape", quote_rune(c), base_name(base));
            return false;
        }
        x = x * (uint32_t)base + (uint32_t)d;
        q->i += (size_t)w;
    }
    if (x > max && base == 8) {
        error_at(q_pos(q), "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        error_at(q_pos(q), "escape is invalid Unicode code point %s", format_U((int32_t)x));
        return false;
    }
    if (max == 255)
        buf_putc(&q->value, (char)x);
    else
        utf8_encode(&q->value, (int32_t)x);
    return true;
}

void decode_string(Node *lit, Pos pos, const char *text, size_t len, bool closed, bool at_eof) {
    QuoteScan q = {(const unsigned char *)text, closed ? len - 1 : len, 1, at_eof ? -1 : '\n', pos, {0}};
    for (;;) {
        int w;
        int32_t c = q_ch(&q, &w);
        if (q.i >= q.len && closed)
            break;
        if (c == '\\') {
            q.i++;
            q_escape(&q, '"');
            continue;
        }
        if (c == '\n') {
            error_at(q_pos(&q), "newline in string");
            break;
        }
        if (c < 0) {
            error_at(pos, "string not terminated");
            break;
        }
        buf_putn(&q.value, text + q.i, (size_t)w);
        q.i += (size_t)w;
    }
    lit->str = q.value.len ? q.value.data : "";
    lit->str_len = q.value.len;
}

void decode_raw_string(Node *lit, Pos pos, const char *text, size_t len, bool closed) {
    if (!closed)
        error_at(pos, "string not terminated");
    Buf b = {0};
    size_t end = closed ? len - 1 : len;
    for (size_t i = 1; i < end; i++)
        if (text[i] != '\r')
            buf_putc(&b, text[i]);
    lit->str = b.len ? b.data : "";
    lit->str_len = b.len;
}

void decode_rune(Node *lit, Pos pos, const char *text, size_t len, bool closed, bool at_eof) {
    QuoteScan q = {(const unsigned char *)text, len, 1, at_eof ? -1 : '\n', pos, {0}};
    bool ok = true;
    int n = 0;
    int32_t value = 0;
    for (;; n++) {
        int w;
        int32_t c = q_ch(&q, &w);
        if (c == '\'' && (closed && q.i == len - 1)) {
            if (ok && n == 0)
                error_at(q_pos(&q), "empty rune literal or unescaped '");
            else if (ok && n != 1)
                error_at(pos, "more than one character in rune literal");
            break;
        }
        if (c == '\\') {
            q.i++;
            size_t before = q.value.len;
            ok = q_escape(&q, '\'') && ok;
            if (n == 0 && q.value.len > before)
                utf8_decode((const unsigned char *)q.value.data + before, q.value.len - before, &value);
            if (n == 0 && q.value.len == before + 1)
                value = (unsigned char)q.value.data[before];
            continue;
        }
        if (c == '\n' || c < 0) {
            if (ok)
                error_at(c < 0 ? pos : q_pos(&q), c < 0 ? "rune literal not terminated" : "newline in rune literal");
            break;
        }
        if (n == 0)
            value = c;
        q.i += (size_t)w;
    }
    lit->rune_value = value;
}
