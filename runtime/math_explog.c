// math_explog.c: the relatives of Exp and Log in package math: Exp2,
// Expm1, Log1p, Log2, Log10 (math/exp.go, expm1.go, log1p.go, log10.go, the
// FreeBSD methods), Cbrt (cbrt.go) and Hypot (hypot_amd64.s, which gc uses on
// amd64 instead of hypot.go).
#include "gomath.h"

double math_Exp2(double x) __asm__("math.Exp2");
double math_Log2(double x) __asm__("math.Log2");
double math_Log10(double x) __asm__("math.Log10");
double math_Cbrt(double x) __asm__("math.Cbrt");
double math_Hypot(double p, double q) __asm__("math.Hypot");

#define LN2_HI 6.93147180369123816490e-01   // 0x3fe62e42fee00000: k*LN2_HI is exact
#define LN2_LO 1.90821492927058770002e-10   // 0x3dea39ef35793c76

// expmulti returns e^r * 2^k for r = hi - lo, by a polynomial in r*r.
// = math.expmulti
static double expmulti(double hi, double lo, int64_t k) {
    const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                 P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                 P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return math_Ldexp(y, k);
}

// = math.Exp2: 2^x = 2^k * e^((x-k)*Ln2) for the integer k nearest x.
double math_Exp2(double x) {
    if (go_isnan(x) || go_isinf(x, 1))
        return x;
    if (go_isinf(x, -1))
        return 0;
    if (x > 1.0239999999999999e+03)
        return go_inf(1);
    if (x < -1.0740e+03)
        return 0;
    int64_t k = 0;
    if (x > 0)
        k = (int64_t)(x + 0.5);
    else if (x < 0)
        k = (int64_t)(x - 0.5);
    double t = x - (double)k;
    return expmulti(t * LN2_HI, -t * LN2_LO, k);
}

// expm1_reduce: for |x| > Ln2/2, x = k*Ln2 + (hi - lo) with the rounding
// error of hi - lo in *c; returns hi - lo.
static double expm1_reduce(double x, bool sign, int64_t *k, double *c) {
    double hi, lo;
    if (go_abs(x) < 1.03972077083991796413e+00) {   // 1.5 * Ln2
        hi = sign ? x + LN2_HI : x - LN2_HI;
        lo = sign ? -LN2_LO : LN2_LO;
        *k = sign ? -1 : 1;
    } else {
        *k = (int64_t)(sign ? INV_LN2 * x - 0.5 : INV_LN2 * x + 0.5);
        double t = (double)*k;
        hi = x - t * LN2_HI;
        lo = t * LN2_LO;
    }
    x = hi - lo;
    *c = (hi - x) - lo;
    return x;
}

// expm1_scale: e^x - 1 from the reduced x, its correction e and k, in
// the form that keeps precision for each k.
static double expm1_scale(double x, double e, int64_t k) {
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1)
        return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        y = from_bits(bits_of(y) + ((uint64_t)k << 52));
        return y - 1;
    }
    if (k < 20) {
        double t = from_bits(0x3ff0000000000000ull - (0x20000000000000ull >> k));   // 1 - 2^-k
        double y = t - (e - x);
        return from_bits(bits_of(y) + ((uint64_t)k << 52));
    }
    double t = from_bits((uint64_t)(0x3ff - k) << 52);   // 2^-k
    double y = x - (e + t);
    y++;
    return from_bits(bits_of(y) + ((uint64_t)k << 52));
}

// = math.Expm1: e^x - 1, accurate near 0; -1 below -56*Ln2.
double math_Expm1(double x) {
    const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                 Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                 Q5 = -2.01099218183624371326e-07;
    if (go_isinf(x, 1) || go_isnan(x))
        return x;
    if (go_isinf(x, -1))
        return -1;
    bool sign = x < 0;
    double absx = sign ? -x : x;
    if (absx >= 3.88162421113569373274e+01) {   // 56 * Ln2
        if (sign)
            return -1;
        if (absx >= 7.09782712893383973096e+02)
            return go_inf(1);
    }
    double c = 0;
    int64_t k = 0;
    if (absx > 3.46573590279972654709e-01)   // Ln2 / 2
        x = expm1_reduce(x, sign, &k, &c);
    else if (absx < 0x1p-54)
        return x;
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0)
        return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    return expm1_scale(x, e, k);
}

// log1p_reduce: 1+x = 2^k * u with u in [sqrt(2)/2, sqrt(2)), for the
// |x| where log1p needs it; *c corrects the rounding of 1+x, *iu keeps
// u's fraction bits (0 means |u-1| < 2^-20). Returns f = u - 1.
static double log1p_reduce(double x, int64_t *k, double *c, uint64_t *iu) {
    double u;
    if (go_abs(x) < 0x1p53) {
        u = 1.0 + x;
        *iu = bits_of(u);
        *k = (int64_t)((*iu >> 52) - 1023);
        *c = *k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
        *c /= u;
    } else {
        u = x;
        *iu = bits_of(u);
        *k = (int64_t)((*iu >> 52) - 1023);
        *c = 0;
    }
    *iu &= FRAC_MASK;
    if (*iu < 0x0006a09e667f3bcdull)   // the fraction of sqrt(2)
        u = from_bits(*iu | 0x3ff0000000000000ull);
    else {
        (*k)++;
        u = from_bits(*iu | 0x3fe0000000000000ull);
        *iu = (0x0010000000000000ull - *iu) >> 2;
    }
    return u - 1.0;
}

// = math.Log1p: log(1+x), accurate near 0; -Inf at -1, NaN below.
double math_Log1p(double x) {
    const double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01,
                 Lp3 = 2.857142874366239149e-01, Lp4 = 2.222219843214978396e-01,
                 Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                 Lp7 = 1.479819860511658591e-01;
    if (x < -1 || go_isnan(x))
        return go_nan();
    if (x == -1)
        return go_inf(-1);
    if (go_isinf(x, 1))
        return go_inf(1);
    double absx = go_abs(x), f = 0, c = 0;
    uint64_t iu = 0;
    int64_t k = 1;
    if (absx < 4.142135623730950488017e-01) {   // sqrt(2) - 1
        if (absx < 0x1p-29)
            return absx < 0x1p-54 ? x : x - x * x * 0.5;
        if (x > -2.928932188134524755992e-01) {   // sqrt(2)/2 - 1
            k = 0;
            f = x;
            iu = 1;
        }
    }
    if (k != 0)
        f = log1p_reduce(x, &k, &c, &iu);
    double hfsq = 0.5 * f * f;
    double kf = (double)k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0)
                return 0;
            c += kf * LN2_LO;
            return kf * LN2_HI + c;
        }
        double R = hfsq * (1.0 - from_bits(0x3fe5555555555555ull) * f);   // 0.66666666666666666
        if (k == 0)
            return f - R;
        return kf * LN2_HI - ((R - (kf * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0)
        return f - (hfsq - s * (hfsq + R));
    return kf * LN2_HI - ((hfsq - (s * (hfsq + R) + (kf * LN2_LO + c))) - f);
}

// = math.Log2: exact for powers of two, else Log(frac)/Ln2 + exp.
double math_Log2(double x) {
    FloatInt fe = math_Frexp(x);
    if (fe.f == 0.5)
        return (double)(fe.i - 1);
    return math_Log(fe.f) * INV_LN2 + (double)fe.i;
}

// = math.Log10: Log(x) * (1/Ln10).
double math_Log10(double x) { return math_Log(x) * INV_LN10; }

// = math.Cbrt: a first guess from the exponent bits divided by 3, a
// rational correction, then one Newton step in float64.
double math_Cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01;
    if (x == 0 || go_isnan(x) || go_isinf(x, 0))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double t = from_bits(bits_of(x) / 3 + (B1 << 32));
    if (x < 0x1p-1022) {
        t = 0x1p54;
        t *= x;
        t = from_bits(bits_of(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_bits((bits_of(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

// = math.Hypot as hypot_amd64.s computes it: max * sqrt(1 + (min/max)^2);
// +Inf if either is ±Inf, else NaN if either is NaN.
double math_Hypot(double p, double q) {
    p = go_abs(p);
    q = go_abs(q);
    if (bits_of(p) >= POS_INF || bits_of(q) >= POS_INF) {
        if (bits_of(p) == POS_INF || bits_of(q) == POS_INF)
            return go_inf(1);
        return go_nan();
    }
    if (p == 0 && q == 0)
        return 0;
    double mx = p > q ? p : q, mn = p > q ? q : p;
    mn /= mx;
    return mx * math_Sqrt(mn * mn + 1.0);
}
