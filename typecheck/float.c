// float.c: floating-point constants (Go spec: Constants), kept the way
// go/constant keeps them, so that values, rounding and messages match gc's:
//
//   exact fraction   while numerator and denominator have under 4096 bits
//   (go's ratVal)    each: 0.1 is 1/10, and 1.0/3*3 == 1 exactly;
//   binary float     beyond that, a 512-bit mantissa times 2^exp, exp a
//   (go's floatVal)  32-bit number as in big.Float: 1e1000000 is fine, and
//                    1e1000000000 is out of range ("malformed constant").
//
// A CONST_FLOAT holds q * 2^exp: exp is 0 for a fraction; a binary float
// (`rounded`) has an odd integer q. Values are never changed once made.
#include "check.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum {
    FRACTION_BITS = 4096,  // go/constant maxExp: larger fractions become binary floats
    MANT_BITS = 512,       // go/constant prec: a binary float's mantissa
};

typedef enum Rounding {
    ROUND_EVEN,  // to nearest, ties to even (IEEE 754, big.Float's default)
    ROUND_DOWN,  // toward zero
    ROUND_UP,    // away from zero
} Rounding;

static ConstValue *new_float(bool rounded) {
    ConstValue *v = NEW(ConstValue);
    v->kind = CONST_FLOAT;
    v->rounded = rounded;
    mpq_init(v->q);  // GMP's own allocation; constants live until exit
    return v;
}

// mant_exp returns e with |v| = m * 2^e and 0.5 <= m < 1 (big.Float's
// MantExp); v is not zero.
static int64_t mant_exp(const ConstValue *v) {
    mpz_t n, d;
    mpz_init(n);
    mpz_abs(n, mpq_numref(v->q));
    mpz_init_set(d, mpq_denref(v->q));
    // n/d lies in [2^(k-1), 2^(k+1)): it is at least 2^k or it is not.
    int64_t k = (int64_t)mpz_sizeinbase(n, 2) - (int64_t)mpz_sizeinbase(d, 2);
    if (k >= 0)
        mpz_mul_2exp(d, d, (mp_bitcnt_t)k);
    else
        mpz_mul_2exp(n, n, (mp_bitcnt_t)-k);
    int64_t e = v->exp + k + (mpz_cmp(n, d) >= 0);
    mpz_clears(n, d, NULL);
    return e;
}

// round_at sets m to v / 2^quantum rounded to an integer. Callers keep
// v->exp - quantum small (a few thousand bits).
static void round_at(mpz_t m, const ConstValue *v, int64_t quantum, Rounding mode) {
    mpz_t num, den, rem;
    mpz_init(num);
    mpz_abs(num, mpq_numref(v->q));
    mpz_init_set(den, mpq_denref(v->q));
    mpz_init(rem);
    int64_t shift = v->exp - quantum;
    if (shift >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)shift);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(m, rem, num, den);
    bool up = false;
    if (mpz_sgn(rem) != 0 && mode == ROUND_UP)
        up = true;
    else if (mpz_sgn(rem) != 0 && mode == ROUND_EVEN) {
        mpz_mul_2exp(rem, rem, 1);
        int c = mpz_cmp(rem, den);
        up = c > 0 || (c == 0 && mpz_odd_p(m));
    }
    if (up)
        mpz_add_ui(m, m, 1);
    if (mpq_sgn(v->q) < 0)
        mpz_neg(m, m);
    mpz_clears(num, den, rem, NULL);
}

// round_mantissa returns v rounded to a `bits`-bit mantissa, as m * 2^e with
// an odd m; its exponent may be out of big.Float's range.
static ConstValue *round_mantissa(const ConstValue *v, int bits, Rounding mode) {
    ConstValue *r = new_float(true);
    if (mpq_sgn(v->q) == 0)
        return r;
    int64_t quantum = mant_exp(v) - bits;
    mpz_t m;
    mpz_init(m);
    round_at(m, v, quantum, mode);
    mp_bitcnt_t zeros = mpz_scan1(m, 0);
    mpz_tdiv_q_2exp(m, m, zeros);  // an odd mantissa: canonical and small
    mpq_set_z(r->q, m);
    r->exp = quantum + (int64_t)zeros;
    mpz_clear(m);
    return r;
}

// round_bits returns v rounded to a binary float with a `bits`-bit mantissa,
// or NULL if it is too large for big.Float's 32-bit exponent (the value is
// infinite); a value too small for it is 0.
static ConstValue *round_bits(const ConstValue *v, int bits, Rounding mode) {
    ConstValue *r = round_mantissa(v, bits, mode);
    if (mpq_sgn(r->q) == 0)
        return r;
    int64_t e = r->exp + (int64_t)mpz_sizeinbase(mpq_numref(r->q), 2);
    if (e > INT32_MAX)
        return NULL;
    if (e < INT32_MIN) {
        mpq_set_ui(r->q, 0, 1);
        r->exp = 0;
    }
    return r;
}

// as_binary is go/constant's rtof: a fraction rounded to a binary float.
static const ConstValue *as_binary(const ConstValue *v) {
    return v->rounded ? v : round_bits(v, MANT_BITS, ROUND_EVEN);
}

// make_fraction is go/constant's makeRat: q exactly while it is small, a
// binary float beyond.
static ConstValue *make_fraction(const mpq_t q) {
    ConstValue *v = new_float(false);
    mpq_set(v->q, q);
    if (mpz_sizeinbase(mpq_numref(q), 2) < FRACTION_BITS &&
        mpz_sizeinbase(mpq_denref(q), 2) < FRACTION_BITS)
        return v;
    return round_bits(v, MANT_BITS, ROUND_EVEN);
}

// as_fraction returns a value known to be small as an exact fraction.
static ConstValue *as_fraction(const ConstValue *v) {
    ConstValue *r = new_float(false);
    mpq_set(r->q, v->q);
    if (v->exp >= 0)
        mpq_mul_2exp(r->q, r->q, (mp_bitcnt_t)v->exp);
    else
        mpq_div_2exp(r->q, r->q, (mp_bitcnt_t)-v->exp);
    return r;
}

// float_from_int is go/constant's ToFloat: an integer constant as a float.
const ConstValue *float_from_int(const ConstValue *v) {
    if (v->kind == CONST_FLOAT)
        return v;
    ConstValue *f = new_float(false);
    mpq_set_z(f->q, v->i);
    if (mpz_sizeinbase(v->i, 2) >= FRACTION_BITS)
        return round_bits(f, MANT_BITS, ROUND_EVEN);
    return f;
}

// ---- Arithmetic ------------------------------------------------------------------

ConstValue *float_neg(const ConstValue *x) {
    x = float_from_int(x);
    ConstValue *v = new_float(x->rounded);
    mpq_neg(v->q, x->q);
    v->exp = x->exp;
    return v;
}

// binary_add returns x + y for binary floats, rounded. An operand far below
// the other's last mantissa bit cannot change the rounded sum, which is then
// the other operand.
static ConstValue *binary_add(const ConstValue *x, const ConstValue *y) {
    if (mpq_sgn(y->q) == 0)
        return (ConstValue *)x;
    if (mpq_sgn(x->q) == 0)
        return (ConstValue *)y;
    int64_t ex = mant_exp(x), ey = mant_exp(y);
    if (ex - ey > 2 * MANT_BITS)
        return (ConstValue *)x;
    if (ey - ex > 2 * MANT_BITS)
        return (ConstValue *)y;
    int64_t e = x->exp < y->exp ? x->exp : y->exp;
    mpz_t a, b;
    mpz_init(a);
    mpz_init(b);
    mpz_mul_2exp(a, mpq_numref(x->q), (mp_bitcnt_t)(x->exp - e));
    mpz_mul_2exp(b, mpq_numref(y->q), (mp_bitcnt_t)(y->exp - e));
    mpz_add(a, a, b);
    ConstValue *sum = new_float(false);
    mpq_set_z(sum->q, a);
    sum->exp = e;
    mpz_clears(a, b, NULL);
    return round_bits(sum, MANT_BITS, ROUND_EVEN);
}

// binary_op computes x op y for binary floats, correctly rounded to 512 bits
// as big.Float does; NULL if the result is infinite.
static ConstValue *binary_op(Op op, const ConstValue *x, const ConstValue *y) {
    if (op == OP_ADD)
        return binary_add(x, y);
    if (op == OP_SUB)
        return binary_add(x, float_neg(y));
    ConstValue *exact = new_float(false);
    if (op == OP_MUL) {
        mpq_mul(exact->q, x->q, y->q);
        exact->exp = x->exp + y->exp;
    } else {
        mpq_div(exact->q, x->q, y->q);
        exact->exp = x->exp - y->exp;
    }
    return round_bits(exact, MANT_BITS, ROUND_EVEN);
}

// float_binary computes x op y (+ - * /) for numeric constants of which one
// at least is a float, or for a division that is not an integer division;
// NULL if the result is infinite. The divisor is not zero.
ConstValue *float_binary(Op op, const ConstValue *x, const ConstValue *y) {
    x = float_from_int(x);
    y = float_from_int(y);
    if (x->rounded || y->rounded)
        return binary_op(op, as_binary(x), as_binary(y));
    mpq_t r;
    mpq_init(r);
    switch (op) {
    case OP_ADD: mpq_add(r, x->q, y->q); break;
    case OP_SUB: mpq_sub(r, x->q, y->q); break;
    case OP_MUL: mpq_mul(r, x->q, y->q); break;
    case OP_DIV: mpq_div(r, x->q, y->q); break;
    default: unreachable();
    }
    ConstValue *v = make_fraction(r);
    mpq_clear(r);
    return v;
}

// float_cmp compares two numeric constants, one at least a float. Like
// go/constant, a fraction meets a binary float only after rounding.
int float_cmp(const ConstValue *x, const ConstValue *y) {
    x = float_from_int(x);
    y = float_from_int(y);
    if (!x->rounded && !y->rounded)
        return mpq_cmp(x->q, y->q);
    x = as_binary(x);
    y = as_binary(y);
    int sx = mpq_sgn(x->q), sy = mpq_sgn(y->q);
    if (sx != sy || sx == 0)
        return (sx > sy) - (sx < sy);
    int64_t ex = mant_exp(x), ey = mant_exp(y);
    if (ex != ey)
        return ex > ey ? sx : -sx;
    mpz_t a, b;  // same binade: align the mantissas (less than 512 bits apart)
    mpz_init_set(a, mpq_numref(x->q));
    mpz_init_set(b, mpq_numref(y->q));
    if (x->exp > y->exp)
        mpz_mul_2exp(a, a, (mp_bitcnt_t)(x->exp - y->exp));
    else
        mpz_mul_2exp(b, b, (mp_bitcnt_t)(y->exp - x->exp));
    int c = mpz_cmp(a, b);
    mpz_clears(a, b, NULL);
    return c;
}

// ---- Conversions -------------------------------------------------------------------

static ConstValue *binary_to_int(const ConstValue *x) {
    ConstValue *v = const_int_si(0);
    mpz_mul_2exp(v->i, mpq_numref(x->q), (mp_bitcnt_t)x->exp);
    return v;
}

// float_to_int is go/constant's ToInt for a float: its value as an integer
// constant, or NULL if it is not integral. A binary float that is within a
// few bits of an integer counts as that integer (the error is taken for
// rounding in earlier operations), and one of 4096 bits or more never does.
ConstValue *float_to_int(const ConstValue *x) {
    if (!x->rounded) {
        if (mpz_cmp_ui(mpq_denref(x->q), 1) != 0)
            return NULL;
        ConstValue *v = const_int_si(0);
        mpz_set(v->i, mpq_numref(x->q));
        return v;
    }
    if (mpq_sgn(x->q) == 0)
        return const_int_si(0);
    int64_t e = mant_exp(x);
    if (e <= -FRACTION_BITS || e >= FRACTION_BITS)
        return NULL;
    if (x->exp >= 0)
        return binary_to_int(x);
    const Rounding nudges[] = {ROUND_DOWN, ROUND_UP};
    for (int i = 0; i < 2; i++) {
        ConstValue *r = round_bits(x, MANT_BITS - 4, nudges[i]);
        if (mpq_sgn(r->q) == 0 || r->exp >= 0)
            return binary_to_int(r);
    }
    return NULL;
}

// IeeeFormat describes float32 and float64 by their mantissa bits and the
// range of MantExp exponents of their normal numbers.
typedef struct IeeeFormat {
    int mant;
    int64_t emin, emax;
} IeeeFormat;

static const IeeeFormat float32_format = {24, -125, 128};
static const IeeeFormat float64_format = {53, -1021, 1024};

// round_ieee rounds x to the nearest value of format f, to nearest even with
// subnormals, as big.Rat's and big.Float's Float32/Float64 do: the value is
// m * 2^*quantum. It returns false if that is infinite.
static bool round_ieee(const ConstValue *x, const IeeeFormat *f, mpz_t m, int64_t *quantum) {
    mpz_set_ui(m, 0);
    *quantum = 0;
    if (mpq_sgn(x->q) == 0)
        return true;
    int64_t e = mant_exp(x);
    if (e > f->emax)
        return false;
    if (e < f->emin - f->mant)
        return true;  // below half the smallest subnormal: 0
    *quantum = (e < f->emin ? f->emin : e) - f->mant;
    round_at(m, x, *quantum, ROUND_EVEN);
    return *quantum + (int64_t)mpz_sizeinbase(m, 2) <= f->emax;
}

// float_round is types2's roundFloat32/roundFloat64: x (any numeric constant)
// rounded to the nearest float32 (size 4) or float64 value, as an exact
// fraction; NULL if that overflows to infinity.
ConstValue *float_round(const ConstValue *x, int64_t size) {
    x = float_from_int(x);
    mpz_t m;
    mpz_init(m);
    int64_t quantum;
    ConstValue *r = NULL;
    if (round_ieee(x, size == 4 ? &float32_format : &float64_format, m, &quantum)) {
        r = new_float(false);
        mpq_set_z(r->q, m);
        r->exp = quantum;
        r = as_fraction(r);
    }
    mpz_clear(m);
    return r;
}

double const_float(const ConstValue *c, int64_t size) {
    const ConstValue *x = float_from_int(c);
    mpz_t m;
    mpz_init(m);
    int64_t quantum;
    if (!round_ieee(x, size == 4 ? &float32_format : &float64_format, m, &quantum))
        unreachable();  // the checker reports constants that overflow their type
    double d = ldexp(mpz_get_d(m), (int)quantum);  // exact: m has at most 54 bits
    mpz_clear(m);
    return d;
}

// ---- Literals ------------------------------------------------------------------------

// pow10_approx returns 10^n (n > 0) as a binary float whose mantissa has 64
// bits more than a constant's, by repeated squaring (as big.Float does for
// exponents too large to compute exactly).
static ConstValue *pow10_approx(int64_t n) {
    const int bits = MANT_BITS + 64;
    ConstValue *result = new_float(false), *base = new_float(false);
    mpq_set_ui(result->q, 1, 1);
    mpq_set_ui(base->q, 10, 1);
    for (; n > 0; n >>= 1) {
        ConstValue *sq = new_float(false);
        if (n & 1) {
            mpq_mul(sq->q, result->q, base->q);
            sq->exp = result->exp + base->exp;
            result = round_mantissa(sq, bits, ROUND_EVEN);
            sq = new_float(false);
        }
        mpq_mul(sq->q, base->q, base->q);
        sq->exp = 2 * base->exp;
        base = round_mantissa(sq, bits, ROUND_EVEN);
    }
    return result;
}

// scale_pow10 returns digits * 10^n: exactly if n is moderate, otherwise
// (when the value is far outside the fraction range anyway) approximately.
static ConstValue *scale_pow10(const mpz_t digits, int64_t n) {
    ConstValue *v = new_float(false);
    mpq_set_z(v->q, digits);
    enum { EXACT_LIMIT = 40000 };  // 10^40000 has 133,000 bits: still cheap
    if (n >= -EXACT_LIMIT && n <= EXACT_LIMIT) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, (unsigned long)(n < 0 ? -n : n));
        mpq_t scale;
        mpq_init(scale);
        mpq_set_z(scale, p);
        if (n < 0)
            mpq_inv(scale, scale);
        mpq_mul(v->q, v->q, scale);
        mpq_clear(scale);
        mpz_clear(p);
        return v;
    }
    ConstValue *p = pow10_approx(n < 0 ? -n : n), *r = new_float(false);
    if (n < 0)
        mpq_div(r->q, v->q, p->q), r->exp = -p->exp;
    else
        mpq_mul(r->q, v->q, p->q), r->exp = p->exp;
    return r;
}

// parse_exponent reads the signed decimal exponent at p (underscores
// allowed), or returns false if it does not fit in 62 bits.
static bool parse_exponent(const char *p, int64_t *exp) {
    int sign = 1;
    if (*p == '+' || *p == '-')
        sign = *p++ == '-' ? -1 : 1;
    int64_t e = 0;
    for (; *p; p++) {
        if (*p == '_')
            continue;
        if (e > (INT64_MAX / 2 - 9) / 10)
            return false;
        e = e * 10 + (*p - '0');
    }
    *exp = sign * e;
    return true;
}

// const_from_float_lit converts a floating-point literal (1.5, .5e-3, 1_0.0,
// 0x1.8p3) to its value as go/constant's MakeFromLiteral does, or returns
// NULL if it is out of big.Float's range ("malformed constant"). The lexer
// has checked the syntax; the checker, that the literal is not too long.
ConstValue *const_from_float_lit(const char *lit) {
    bool hex = lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X');
    const char *p = hex ? lit + 2 : lit;
    char *digits = arena_alloc(strlen(p) + 2), *d = digits;
    int64_t frac_digits = 0, exp = 0;
    bool point = false;
    for (; *p && !strchr(hex ? "pP" : "eE", *p); p++) {
        if (*p == '.')
            point = true;
        else if (*p != '_')
            *d++ = *p, frac_digits += point;
    }
    *d = 0;
    if (*p && !parse_exponent(p + 1, &exp))
        return NULL;
    mpz_t mant;
    mpz_init(mant);
    if (d > digits)
        mpz_set_str(mant, digits, hex ? 16 : 10);
    if (mpz_sgn(mant) == 0)
        return new_float(false);
    // big.Float.SetString first checks the binary exponent it starts from.
    int64_t scale = hex ? exp - 4 * frac_digits : exp - frac_digits;
    int64_t exp2 = (int64_t)mpz_sizeinbase(mant, 2) + scale;
    if (exp2 < INT32_MIN || exp2 > INT32_MAX)
        return NULL;
    ConstValue *v;
    if (hex) {
        v = new_float(false);
        mpq_set_z(v->q, mant);
        v->exp = scale;
    } else {
        v = scale_pow10(mant, scale);
    }
    mpz_clear(mant);
    ConstValue *f = round_bits(v, MANT_BITS, ROUND_EVEN);
    if (!f)
        return NULL;
    if (mpq_sgn(f->q) == 0)
        return new_float(false);  // underflow: 0
    int64_t e = mant_exp(f);
    if (e > -FRACTION_BITS && e < FRACTION_BITS)
        return as_fraction(v);  // small enough to keep exactly
    return f;
}

// ---- Printing --------------------------------------------------------------------------

// float_string writes a float constant as go/constant's String does in
// messages: six significant digits ("%.6g": 0.1, 2.5, 1e+300), and for
// values beyond float64's range a decimal approximation (1e+1000000).
const char *float_string(const ConstValue *x) {
    const ConstValue *f = as_binary(float_from_int(x));
    if (mpq_sgn(f->q) == 0)
        return "0";
    mpz_t m;
    mpz_init(m);
    int64_t quantum;
    const char *s;
    if (round_ieee(f, &float64_format, m, &quantum) && mpz_sgn(m) != 0) {
        s = arena_printf("%.6g", ldexp(mpz_get_d(m), (int)quantum));
    } else {
        // |f| = mant * 2^exp ~ mant * 10^(exp*log10(2)), computed in float64
        int64_t exp = mant_exp(f);
        round_at(m, f, exp - 53, ROUND_EVEN);
        double mant = ldexp(mpz_get_d(m), -53);
        double d = (double)exp * 0.301029995663981195213738894724493026768189881462108541310;
        int64_t e = (int64_t)d;
        mant *= pow(10, d - (double)e);
        if (fabs(mant) < 1 - 0.5e-6) {
            mant *= 10;  // %.6g must not round mant up to 10
            e--;
        } else if (fabs(mant) >= 10) {
            mant /= 10;
            e++;
        }
        s = arena_printf("%.6ge%+lld", mant, (long long)e);
    }
    mpz_clear(m);
    return s;
}
