// math_float.c: the parts of a float64 (Frexp, Ldexp, Modf, Logb, Ilogb), its
// neighbours (Nextafter, Nextafter32), Remainder, FMA and the float32 bit
// views of package math. These are exact functions, but Go defines their
// special cases (Modf(±Inf), Ldexp's underflow) its own way, so they follow
// math/frexp.go, ldexp.go, modf.go, nextafter.go, remainder.go, logb.go.
#include <math.h>

#include "gomath.h"

uint64_t math_Float32bits(float f) __asm__("math.Float32bits");
float math_Float32frombits(uint64_t b) __asm__("math.Float32frombits");
double math_Nextafter(double x, double y) __asm__("math.Nextafter");
float math_Nextafter32(float x, float y) __asm__("math.Nextafter32");
double math_Remainder(double x, double y) __asm__("math.Remainder");
double math_Logb(double x) __asm__("math.Logb");
int64_t math_Ilogb(double x) __asm__("math.Ilogb");
double math_FMA(double x, double y, double z) __asm__("math.FMA");

uint64_t math_Float32bits(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

float math_Float32frombits(uint64_t b) {
    uint32_t u = (uint32_t)b;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

// normalize returns x scaled into the normal range and the power of two
// taken out: a denormal x is x * 2^52, -52. = math.normalize
static double normalize(double x, int64_t *exp) {
    *exp = 0;
    if (go_abs(x) < 0x1p-1022) {
        *exp = -52;
        return x * 0x1p52;
    }
    return x;
}

// = math.Frexp: f = frac * 2^exp with |frac| in [1/2, 1); ±0, ±Inf and NaN
// are their own fraction, with exponent 0.
FloatInt math_Frexp(double f) {
    if (f == 0 || go_isinf(f, 0) || go_isnan(f))
        return (FloatInt){f, 0};
    int64_t exp;
    uint64_t x = bits_of(normalize(f, &exp));
    exp += (int64_t)((x >> EXP_SHIFT) & EXP_MASK) - EXP_BIAS + 1;
    x = (x & ~((uint64_t)EXP_MASK << EXP_SHIFT)) | ((uint64_t)(EXP_BIAS - 1) << EXP_SHIFT);
    return (FloatInt){from_bits(x), exp};
}

// = math.Ldexp: frac * 2^exp. Go's own rounding: an exponent below -1075
// gives ±0 outright, and a denormal result is one multiplication by 2^-53.
double math_Ldexp(double frac, int64_t exp) {
    if (frac == 0 || go_isinf(frac, 0) || go_isnan(frac))
        return frac;
    int64_t e;
    frac = normalize(frac, &e);
    uint64_t x = bits_of(frac);
    // Go's int arithmetic wraps: Ldexp(2, MaxInt64) is 0.
    exp = (int64_t)((uint64_t)exp + (uint64_t)e + ((x >> EXP_SHIFT) & EXP_MASK) - EXP_BIAS);
    if (exp < -1075)
        return go_copysign(0, frac);
    if (exp > 1023)
        return frac < 0 ? go_inf(-1) : go_inf(1);
    double m = 1;
    if (exp < -1022) {
        exp += 53;
        m = 0x1p-53;
    }
    x = (x & ~((uint64_t)EXP_MASK << EXP_SHIFT)) | ((uint64_t)(exp + EXP_BIAS) << EXP_SHIFT);
    return m * from_bits(x);
}

// = math.Modf: the integer part (fraction bits masked off) and f minus it,
// both with f's sign; Modf(±Inf) = ±Inf, NaN.
FloatPair math_Modf(double f) {
    if (f < 1) {
        if (f < 0) {
            FloatPair r = math_Modf(-f);
            return (FloatPair){-r.a, -r.b};
        }
        if (f == 0)
            return (FloatPair){f, f};
        return (FloatPair){0, f};
    }
    uint64_t x = bits_of(f);
    uint64_t e = ((x >> EXP_SHIFT) & EXP_MASK) - EXP_BIAS;
    if (e < 64 - 12)
        x &= ~((1ull << (64 - 12 - e)) - 1);
    double i = from_bits(x);
    return (FloatPair){i, f - i};
}

// = math.Nextafter: the next float64 after x towards y (one step of the bit
// pattern away from or towards zero).
double math_Nextafter(double x, double y) {
    if (go_isnan(x) || go_isnan(y))
        return go_nan();
    if (x == y)
        return x;
    if (x == 0)
        return go_copysign(from_bits(1), y);
    if ((y > x) == (x > 0))
        return from_bits(bits_of(x) + 1);
    return from_bits(bits_of(x) - 1);
}

// = math.Nextafter32, on float32 bits; its NaN is float32(math.NaN()).
float math_Nextafter32(float x, float y) {
    if (x != x || y != y)
        return (float)go_nan();
    if (x == y)
        return x;
    if (x == 0)
        return (float)go_copysign((double)math_Float32frombits(1), (double)y);
    uint64_t b = math_Float32bits(x);
    return math_Float32frombits((y > x) == (x > 0) ? b + 1 : b - 1);
}

// = math.Remainder: x - n*y for the integer n nearest x/y (ties to even),
// by Mod(x, 2y) and at most two subtractions, the FreeBSD way.
double math_Remainder(double x, double y) {
    if (go_isnan(x) || go_isnan(y) || go_isinf(x, 0) || y == 0)
        return go_nan();
    if (go_isinf(y, 0))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (y < 0)
        y = -y;
    if (x == y)
        return sign ? -0.0 : 0.0;
    if (y <= from_bits(0x7fdfffffffffffffull))   // MaxFloat64/2
        x = math_Mod(x, y + y);
    if (y < 0x1p-1021) {
        if (x + x > y) {
            x -= y;
            if (x + x >= y)
                x -= y;
        }
    } else {
        double y_half = 0.5 * y;
        if (x > y_half) {
            x -= y;
            if (x >= y_half)
                x -= y;
        }
    }
    return sign ? -x : x;
}

// binary_exponent: the exponent of a finite nonzero x. = math.ilogb
static int64_t binary_exponent(double x) {
    int64_t exp;
    x = normalize(x, &exp);
    return (int64_t)((bits_of(x) >> EXP_SHIFT) & EXP_MASK) - EXP_BIAS + exp;
}

// = math.Logb: Logb(±0) = -Inf, Logb(±Inf) = +Inf, NaN is its own.
double math_Logb(double x) {
    if (x == 0)
        return go_inf(-1);
    if (go_isinf(x, 0))
        return go_inf(1);
    if (go_isnan(x))
        return x;
    return (double)binary_exponent(x);
}

// = math.Ilogb: Ilogb(±0) = MinInt32, Ilogb(±Inf or NaN) = MaxInt32.
int64_t math_Ilogb(double x) {
    if (x == 0)
        return INT32_MIN;
    if (go_isnan(x) || go_isinf(x, 0))
        return INT32_MAX;
    return binary_exponent(x);
}

// = math.FMA: x*y + z rounded once (the FMA instruction when the CPU has
// it, in gc and in C's fma alike).
double math_FMA(double x, double y, double z) { return fma(x, y, z); }
