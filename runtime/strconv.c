// strconv.c: the float and quoting functions of package strconv, the
// bodiless functions of lib/strconv.go (keep in sync). Formatting and
// quoting are fmt's own (ftoa.c = strconv/ftoa.go, quote.c = quote.go);
// parsing checks Go's syntax (= strconv/atof.go readFloat and special) and
// leaves the correctly rounded conversion to the C library's strtod/strtof.
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"

static GoString buf_string(FmtBuf *b) { return (GoString){(const uint8_t *)b->p, b->len}; }

static char lower(char c) { return (char)(c | ('x' - 'X')); }

// prefix_fold is the length of the longest common prefix of s and word,
// ignoring case (word is lower case).
static int64_t prefix_fold(const uint8_t *s, int64_t n, const char *word) {
    int64_t i = 0;
    while (i < n && word[i] && lower((char)s[i]) == word[i])
        i++;
    return i;
}

// special reads "[+-]inf", "[+-]infinity" or "nan" (any case) filling s
// exactly; false otherwise (= atof.go special).
static bool special(const uint8_t *s, int64_t n, double *f) {
    if (n == 0)
        return false;
    double sign = s[0] == '-' ? -1 : 1;
    int64_t signs = s[0] == '+' || s[0] == '-';
    int64_t m = prefix_fold(s + signs, n - signs, "infinity");
    if ((m == 3 || m == 8) && signs + m == n) {
        *f = sign * INFINITY;
        return true;
    }
    if (!signs && n == 3 && prefix_fold(s, n, "nan") == 3) {
        *f = NAN;
        return true;
    }
    return false;
}

// underscore_ok = strconv's underscoreOK: underscores only between digits,
// or after a base prefix.
static bool underscore_ok(const char *s, int64_t n) {
    char saw = '^';
    int64_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+'))
        s++, n--;
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        char c = s[i], l = lower(c);
        if ((c >= '0' && c <= '9') || (hex && l >= 'a' && l <= 'f'))
            saw = '0';
        else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else if (saw == '_')
            return false;
        else
            saw = '!';
    }
    return saw != '_';
}

// digits_at skips the mantissa digits (and underscores, one point) of a
// base-16 or base-10 number at s[i]; false if there are none.
static bool scan_mantissa(const char *s, int64_t n, int64_t *i, bool hex, bool *underscores) {
    bool dot = false, digits = false;
    for (; *i < n; (*i)++) {
        char c = s[*i], l = lower(c);
        if (c == '_')
            *underscores = true;
        else if (c == '.' && !dot)
            dot = true;
        else if ((c >= '0' && c <= '9') || (hex && l >= 'a' && l <= 'f'))
            digits = true;
        else
            break;
    }
    return digits;
}

// scan_exponent skips an exponent at s[i] (e or p, a sign, digits with
// underscores); false if it is malformed, or missing in a hex number.
static bool scan_exponent(const char *s, int64_t n, int64_t *i, bool hex, bool *underscores) {
    if (*i >= n || lower(s[*i]) != (hex ? 'p' : 'e'))
        return !hex;
    (*i)++;
    if (*i < n && (s[*i] == '+' || s[*i] == '-'))
        (*i)++;
    if (*i >= n || s[*i] < '0' || s[*i] > '9')
        return false;
    for (; *i < n && ((s[*i] >= '0' && s[*i] <= '9') || s[*i] == '_'); (*i)++)
        *underscores |= s[*i] == '_';
    return true;
}

// valid_float reports whether all of s is a number as readFloat reads it.
static bool valid_float(const char *s, int64_t n) {
    int64_t i = 0;
    bool underscores = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    bool hex = i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x';
    if (hex)
        i += 2;
    if (!scan_mantissa(s, n, &i, hex, &underscores) || !scan_exponent(s, n, &i, hex, &underscores))
        return false;
    if (underscores && !underscore_ok(s, i))
        return false;
    return i == n;
}

typedef struct ParseFloatResult {
    double f;
    int64_t status;    // 0 ok, 1 syntax error, 2 out of range
} ParseFloatResult;

// = strconv.parseFloat(s, bitSize): s checked against Go's syntax, then,
// without its underscores, converted by strtod (or strtof for bitSize 32),
// which round correctly, decimal and hexadecimal alike. Overflow is ±Inf
// and out of range; underflow is 0 or a denormal, without error, as in Go.
ParseFloatResult strconv_parseFloat(GoString s, int64_t bitSize) __asm__("strconv.parseFloat");
ParseFloatResult strconv_parseFloat(GoString s, int64_t bitSize) {
    double f;
    if (special(s.ptr, s.len, &f))
        return (ParseFloatResult){f, 0};
    if (!valid_float((const char *)s.ptr, s.len))
        return (ParseFloatResult){0, 1};
    char *c = mallocgc_noscan((uint64_t)s.len + 1);
    int64_t n = 0;
    for (int64_t i = 0; i < s.len; i++)
        if (s.ptr[i] != '_')
            c[n++] = (char)s.ptr[i];
    c[n] = '\0';
    f = bitSize == 32 ? (double)strtof(c, NULL) : strtod(c, NULL);
    return (ParseFloatResult){f, isinf(f) ? 2 : 0};
}

// = strconv.formatFloat: FormatFloat once bitSize is known good. As in
// Go, ±Inf and NaN are written before fmt is looked at; an unknown fmt gives
// "%" and fmt.
GoString strconv_formatFloat(double f, int64_t fmt, int64_t prec, int64_t bitSize)
    __asm__("strconv.formatFloat");
GoString strconv_formatFloat(double f, int64_t fmt, int64_t prec, int64_t bitSize) {
    FmtBuf b = {0};
    double v = bitSize == 32 ? (double)(float)f : f;
    if (!isnan(v) && !isinf(v) && !strchr("beEfgGxX", (int)fmt)) {
        buf_byte(&b, '%');
        buf_byte(&b, (char)fmt);
        return buf_string(&b);
    }
    append_float(&b, f, (char)fmt, prec < 0 ? -1 : prec, (int)bitSize);
    return buf_string(&b);
}

// = strconv.Quote, QuoteToASCII, QuoteRune.
GoString strconv_Quote(GoString s) __asm__("strconv.Quote");
GoString strconv_Quote(GoString s) {
    FmtBuf b = {0};
    append_quote(&b, s.ptr, s.len, false);
    return buf_string(&b);
}

GoString strconv_QuoteToASCII(GoString s) __asm__("strconv.QuoteToASCII");
GoString strconv_QuoteToASCII(GoString s) {
    FmtBuf b = {0};
    append_quote(&b, s.ptr, s.len, true);
    return buf_string(&b);
}

GoString strconv_QuoteRune(int64_t r) __asm__("strconv.QuoteRune");
GoString strconv_QuoteRune(int64_t r) {
    FmtBuf b = {0};
    append_quote_rune(&b, (int32_t)r, false);
    return buf_string(&b);
}

GoString strconv_QuoteRuneToASCII(int64_t r) __asm__("strconv.QuoteRuneToASCII");
GoString strconv_QuoteRuneToASCII(int64_t r) {
    FmtBuf b = {0};
    append_quote_rune(&b, (int32_t)r, true);
    return buf_string(&b);
}

// = strconv.IsPrint: Go's definition (letters, marks, numbers, punctuation,
// symbols and the ASCII space), from go1.19's tables (lexer/unicode.c).
GoBool strconv_IsPrint(int64_t r) __asm__("strconv.IsPrint");
GoBool strconv_IsPrint(int64_t r) { return is_print((int32_t)r); }

// = strconv.CanBackquote.
GoBool strconv_CanBackquote(GoString s) __asm__("strconv.CanBackquote");
GoBool strconv_CanBackquote(GoString s) { return can_backquote(s.ptr, s.len); }
