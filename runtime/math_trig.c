// math_trig.c: Sin, Cos, Tan and Sincos of package math, by the Cephes
// method Go uses (math/sin.go, tan.go, sincos.go): the argument is reduced
// to z in [-Pi/4, Pi/4] and an octant j, by three-part extended-precision
// subtraction of multiples of Pi/4 below 2^29, and by Payne-Hanek reduction
// (math/trig_reduce.go) above; then a polynomial in z*z.
#include "gomath.h"

double math_Tan(double x) __asm__("math.Tan");

// Pi/4 in three parts: PI4A and PI4B have trailing zero bits, so y*PI4A and
// y*PI4B are exact for the y below 2^29.
#define PI4A 7.85398125648498535156e-1    // 0x3fe921fb40000000
#define PI4B 3.77489470793079817668e-8    // 0x3e64442d00000000
#define PI4C 2.69515142907905952645e-15   // 0x3ce8469898cc5170
#define REDUCE_THRESHOLD 0x1p29

static const double sin_coef[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
static const double cos_coef[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

// 4/Pi in binary, 64 bits a word: one integer word, then the fraction
// (computed by Machin's formula, Pi = 16 atan(1/5) - 4 atan(1/239), in
// integer arithmetic).
static const uint64_t four_over_pi[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Go's shifts: a count of 64 or more gives 0 (C leaves it undefined).
static uint64_t shl(uint64_t a, uint64_t s) { return s >= 64 ? 0 : a << s; }
static uint64_t shr(uint64_t a, uint64_t s) { return s >= 64 ? 0 : a >> s; }

// trig_reduce: Payne-Hanek reduction of a large finite x >= 0: x*(4/Pi)
// with only the 192 bits of 4/Pi that matter for x's exponent, giving the
// octant j (its integer part mod 8) and the fraction times Pi/4, with an odd
// octant mapped to the next even one. = math.trigReduce
static double trig_reduce(double x, uint64_t *octant) {
    if (x < PI_4) {
        *octant = 0;
        return x;
    }
    uint64_t ix = bits_of(x);
    int64_t exp = (int64_t)((ix >> EXP_SHIFT) & EXP_MASK) - EXP_BIAS - EXP_SHIFT;
    ix = (ix & FRAC_MASK) | (1ull << EXP_SHIFT);
    uint64_t digit = (uint64_t)(exp + 61) / 64, shift = (uint64_t)(exp + 61) % 64;
    const uint64_t *w = four_over_pi + digit;
    uint64_t z0 = shl(w[0], shift) | shr(w[1], 64 - shift);
    uint64_t z1 = shl(w[1], shift) | shr(w[2], 64 - shift);
    uint64_t z2 = shl(w[2], shift) | shr(w[3], 64 - shift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t lo = z1lo + z2hi, carry = lo < z1lo;
    uint64_t hi = z0 * ix + z1hi + carry;
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    uint64_t lz = hi ? (uint64_t)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)EXP_BIAS - (lz + 1);
    hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
    hi >>= 64 - EXP_SHIFT;
    hi |= e << EXP_SHIFT;
    double z = from_bits(hi);
    if (j & 1) {
        j = (j + 1) & 7;
        z--;
    }
    *octant = j;
    return z * PI_4;
}

// reduce: x >= 0 as z + j*(Pi/4) with j even (an odd octant is rounded up,
// which maps zeros and singularities to the origin), j mod 8.
static double reduce(double x, uint64_t *octant) {
    if (x >= REDUCE_THRESHOLD)
        return trig_reduce(x, octant);
    uint64_t j = (uint64_t)(x * FOUR_PI);
    double y = (double)j;
    if (j & 1) {
        j++;
        y++;
    }
    *octant = j & 7;
    return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double sin_poly(double z, double zz) {
    const double *s = sin_coef;
    return z + z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5]);
}

static double cos_poly(double zz) {
    const double *c = cos_coef;
    return 1.0 - 0.5 * zz + zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5]);
}

// = math.Cos: Cos(±Inf) = Cos(NaN) = NaN.
double math_Cos(double x) {
    if (go_isnan(x) || go_isinf(x, 0))
        return go_nan();
    bool sign = false;
    uint64_t j;
    double z = reduce(go_abs(x), &j);
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1)
        sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

// = math.Sin: Sin(±0) = ±0, Sin(±Inf) = NaN, NaN is its own.
double math_Sin(double x) {
    if (x == 0 || go_isnan(x))
        return x;
    if (go_isinf(x, 0))
        return go_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z = reduce(x, &j);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

// = math.Sincos: both from one reduction (Sincos(±0) = ±0, 1).
FloatPair math_Sincos(double x) {
    if (x == 0)
        return (FloatPair){x, 1};
    if (go_isnan(x) || go_isinf(x, 0))
        return (FloatPair){go_nan(), go_nan()};
    bool sin_sign = false, cos_sign = false;
    if (x < 0) {
        x = -x;
        sin_sign = true;
    }
    uint64_t j;
    double z = reduce(x, &j);
    if (j > 3) {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if (j > 1)
        cos_sign = !cos_sign;
    double zz = z * z;
    double c = cos_poly(zz), s = sin_poly(z, zz);
    if (j == 1 || j == 2) {
        double t = s;
        s = c;
        c = t;
    }
    return (FloatPair){sin_sign ? -s : s, cos_sign ? -c : c};
}

static const double tan_p[] = {
    -1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7,
};
static const double tan_q[] = {
    1.00000000000000000000e0,  1.36812963470692954678e4,  -1.32089234440210967447e6,
    2.50083801823357915839e7, -5.38695755929454629881e7,
};

// = math.Tan: a rational function of z*z; -1/y in the octants where the
// tangent is the cotangent. The octant is not reduced mod 8 below 2^29
// (only bit 1 matters).
double math_Tan(double x) {
    if (x == 0 || go_isnan(x))
        return x;
    if (go_isinf(x, 0))
        return go_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z = reduce(x, &j), y;
    double zz = z * z;
    if (zz > 1e-14)
        y = z + z * (zz * (((tan_p[0] * zz) + tan_p[1]) * zz + tan_p[2]) /
                     ((((zz + tan_q[1]) * zz + tan_q[2]) * zz + tan_q[3]) * zz + tan_q[4]));
    else
        y = z;
    if (j & 2)
        y = -1 / y;
    return sign ? -y : y;
}
