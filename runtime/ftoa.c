// ftoa.c: floating-point numbers as text, as strconv.AppendFloat writes them
// (= strconv/ftoa.go), for fmt's %v %e %f %g %x %b.
//
// Both halves of the job are here in two steps:
//   1. digits: the decimal digits of v, with the decimal point's place.
//      Fixed precision comes from C's printf, which rounds the exact binary
//      value correctly (ties to even, as Go's decimal rounding does); the
//      shortest digits that read back as v are found by trying 1, 2, ... 17
//      significant digits, each the correctly rounded one, or a neighbour
//      when v is a power of two and its lower gap is the narrower one;
//   2. layout: Go's %e, %f and %g from those digits (fmtE, fmtF and the
//      %g rule), which differ from C's (%g keeps shortest digits, exponents
//      have at least two digits).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"

// Decimal is 0.d[0]d[1]...d[nd-1] x 10^dp, without leading or trailing zeros
// (nd == 0 for zero) (= strconv's decimalSlice).
typedef struct Decimal {
    char *d;
    int nd, dp;
} Decimal;

// parse_printf reads printf's "[-]ddd.ddd[e±dd]" into a Decimal.
static Decimal parse_printf(const char *s) {
    Decimal dec = {malloc(strlen(s) + 1), 0, 0};
    int point = -1;
    if (*s == '-')
        s++;
    for (; *s && *s != 'e'; s++) {
        if (*s == '.') {
            point = dec.nd;
            continue;
        }
        dec.d[dec.nd++] = *s;
    }
    dec.dp = (point < 0 ? dec.nd : point) + (*s == 'e' ? atoi(s + 1) : 0);
    int lead = 0;
    while (lead < dec.nd && dec.d[lead] == '0')
        lead++;
    memmove(dec.d, dec.d + lead, (size_t)(dec.nd - lead));
    dec.nd -= lead;
    dec.dp -= lead;
    while (dec.nd > 0 && dec.d[dec.nd - 1] == '0')
        dec.nd--;
    if (dec.nd == 0)
        dec.dp = 0;
    return dec;
}

// printf_digits formats |v| with printf's conversion conv ('e' or 'f') and
// precision prec.
static Decimal printf_digits(double v, char conv, int64_t prec) {
    size_t size = (size_t)prec + 400;
    char *s = malloc(size);
    char format[8] = {'%', '.', '*', conv, 0};
    snprintf(s, size, format, (int)prec, fabs(v));
    Decimal d = parse_printf(s);
    free(s);
    return d;
}

// reads_back: the n digits d (with the point at dp) parse as v.
static bool reads_back(const char *d, int n, int dp, double v, int bits) {
    char s[64];
    snprintf(s, sizeof s, "0.%.*se%d", n, d, dp);
    return bits == 32 ? strtof(s, NULL) == (float)v : strtod(s, NULL) == v;
}

// step_digits adds delta (+1 or -1) to the last of the n digits; false if
// that would change the number of digits.
static bool step_digits(char *d, int n, int delta) {
    for (int i = n - 1; i >= 0; i--) {
        if (delta > 0 && d[i] < '9') {
            d[i]++;
            return true;
        }
        if (delta < 0 && d[i] > '0') {
            d[i]--;
            return !(i == 0 && d[0] == '0');
        }
        d[i] = delta > 0 ? '0' : '9';
    }
    return false;
}

// shortest_digits: the fewest digits that read back as v, the closest such
// (= strconv's ryuFtoaShortest result).
static Decimal shortest_digits(double v, int bits) {
    v = fabs(v);   // the digits are those of |v|; the sign is written apart
    for (int n = 1; n <= 17; n++) {
        Decimal d = printf_digits(v, 'e', n - 1);
        if (d.nd == 0)
            return d;
        char *w = malloc((size_t)n + 1);
        memset(w, '0', (size_t)n);
        memcpy(w, d.d, (size_t)d.nd);
        if (reads_back(w, n, d.dp, v, bits)) {
            free(w);
            return d;
        }
        for (int delta = -1; delta <= 1; delta += 2) {
            char *t = malloc((size_t)n + 1);
            memcpy(t, w, (size_t)n);
            if (step_digits(t, n, delta) && reads_back(t, n, d.dp, v, bits)) {
                Decimal r = parse_printf(t);  // n digits read as an integer
                r.dp = d.dp;
                free(t);
                free(w);
                return r;
            }
            free(t);
        }
        free(w);
    }
    return printf_digits(v, 'e', 16);
}

// fmt_e = strconv's fmtE: d.ddddde±dd with prec digits after the point.
static void fmt_e(FmtBuf *b, bool neg, Decimal d, int64_t prec, char fmt) {
    if (neg)
        buf_byte(b, '-');
    buf_byte(b, d.nd == 0 ? '0' : d.d[0]);
    if (prec > 0) {
        buf_byte(b, '.');
        int64_t i = 1, m = d.nd < prec + 1 ? d.nd : prec + 1;
        if (i < m) {
            buf_write(b, d.d + i, m - i);
            i = m;
        }
        for (; i <= prec; i++)
            buf_byte(b, '0');
    }
    buf_byte(b, fmt);
    int exp = d.nd == 0 ? 0 : d.dp - 1;
    buf_byte(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    char e[16];
    snprintf(e, sizeof e, "%02d", exp);
    buf_str(b, e);
}

// fmt_f = strconv's fmtF: ddd.ddd with prec digits after the point.
static void fmt_f(FmtBuf *b, bool neg, Decimal d, int64_t prec) {
    if (neg)
        buf_byte(b, '-');
    if (d.dp > 0) {
        int m = d.nd < d.dp ? d.nd : d.dp;
        buf_write(b, d.d, m);
        for (; m < d.dp; m++)
            buf_byte(b, '0');
    } else {
        buf_byte(b, '0');
    }
    if (prec > 0) {
        buf_byte(b, '.');
        for (int64_t i = 1; i <= prec; i++) {
            int64_t j = d.dp + i - 1;
            buf_byte(b, j >= 0 && j < d.nd ? d.d[j] : '0');
        }
    }
}

// fmt_g is strconv's %g: %e if the exponent is below -4 or at least the
// precision (6 when the digits are the shortest), else %f.
static void fmt_g(FmtBuf *b, bool neg, Decimal d, int64_t prec, char fmt, bool shortest) {
    int64_t eprec = prec;
    if (eprec > d.nd && d.nd >= d.dp)
        eprec = d.nd;
    if (shortest)
        eprec = 6;
    int exp = d.dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > d.nd)
            prec = d.nd;
        fmt_e(b, neg, d, prec - 1, fmt == 'g' ? 'e' : 'E');
        return;
    }
    if (prec > d.dp)
        prec = d.nd;
    fmt_f(b, neg, d, prec - d.dp > 0 ? prec - d.dp : 0);
}

// float_parts splits v (a float32 when bits is 32) into its mantissa, with
// the implicit leading bit, and the exponent of that bit's place, as
// strconv's genericFtoa does: v = mant * 2^(exp - mantbits).
static uint64_t float_parts(double v, int bits, int *exp, int *mantbits) {
    uint64_t u;
    int expbits, bias;
    if (bits == 32) {
        float f = (float)v;
        uint32_t w;
        memcpy(&w, &f, 4);
        u = w, *mantbits = 23, expbits = 8, bias = -127;
    } else {
        memcpy(&u, &v, 8);
        *mantbits = 52, expbits = 11, bias = -1023;
    }
    uint64_t mant = u & ((1ull << *mantbits) - 1);
    *exp = (int)(u >> *mantbits) & ((1 << expbits) - 1);
    if (*exp == 0)
        (*exp)++;   // denormal
    else
        mant |= 1ull << *mantbits;
    *exp += bias;
    return mant;
}

// fmt_b = strconv's fmtB: mantissa "p" binary exponent, both decimal.
static void fmt_b(FmtBuf *b, double v, int bits) {
    int exp, mantbits;
    uint64_t mant = float_parts(v, bits, &exp, &mantbits);
    char s[64];
    snprintf(s, sizeof s, "%s%llup%+d", signbit(v) ? "-" : "", (unsigned long long)mant, exp - mantbits);
    buf_str(b, s);
}

// fmt_x = strconv's %x: -0x1.8p+01. The mantissa is normalized so its
// leading 1 sits at bit 60 (denormals too), rounded half to even to prec
// hex digits (prec < 0: as many as it has), then written one hex digit per
// 4 bits; the binary exponent has at least two digits.
static void fmt_x(FmtBuf *b, double v, int64_t prec, char fmt, int bits) {
    int exp, mantbits;
    uint64_t mant = float_parts(v, bits, &exp, &mantbits);
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (1ull << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ull << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > 1ull << 59)
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ull << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (signbit(v))
        buf_byte(b, '-');
    buf_byte(b, '0');
    buf_byte(b, fmt);
    buf_byte(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        buf_byte(b, '.');
        for (; mant != 0; mant <<= 4)
            buf_byte(b, hex[(mant >> 60) & 15]);
    } else if (prec > 0) {
        buf_byte(b, '.');
        for (int64_t i = 0; i < prec; i++, mant <<= 4)
            buf_byte(b, hex[(mant >> 60) & 15]);
    }
    char e[16];
    snprintf(e, sizeof e, "%c%c%02d", fmt == 'X' ? 'P' : 'p', exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    buf_str(b, e);
}

void append_float(FmtBuf *b, double v, char fmt, int64_t prec, int bits) {
    if (bits == 32)
        v = (float)v;
    if (isnan(v)) {
        buf_str(b, "NaN");
        return;
    }
    if (isinf(v)) {
        buf_str(b, v < 0 ? "-Inf" : "+Inf");
        return;
    }
    if (fmt == 'b')
        return fmt_b(b, v, bits);
    if (fmt == 'x' || fmt == 'X')
        return fmt_x(b, v, prec, fmt, bits);
    bool neg = signbit(v), shortest = prec < 0;
    Decimal d;
    if (shortest) {
        d = shortest_digits(v, bits);
        prec = fmt == 'e' || fmt == 'E' ? d.nd - 1 : fmt == 'f' ? (d.nd > d.dp ? d.nd - d.dp : 0) : d.nd;
    } else if (fmt == 'e' || fmt == 'E') {
        d = printf_digits(v, 'e', prec);
    } else if (fmt == 'f') {
        d = printf_digits(v, 'f', prec);
    } else {
        if (prec == 0)
            prec = 1;
        d = printf_digits(v, 'e', prec - 1);
    }
    if (fmt == 'e' || fmt == 'E')
        fmt_e(b, neg, d, prec, fmt);
    else if (fmt == 'f')
        fmt_f(b, neg, d, prec);
    else
        fmt_g(b, neg, d, prec, fmt, shortest);
    free(d.d);
}
