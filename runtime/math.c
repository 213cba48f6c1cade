// math.c: Sqrt, Floor, Ceil, Trunc, Mod, Exp, Log, Pow and the float64 bit
// views of lib/math.go (keep in sync; the other functions are in
// math_*.c). Where gc's amd64 math is exact (Sqrt, Floor, Ceil, Trunc, Mod)
// the C library's functions give the same bits. Exp and Log are not exact in Go:
// they are the amd64 assembly of math/exp_amd64.s and log_amd64.s, repeated
// here operation for operation (Exp with fused multiply-adds on a CPU with
// AVX and FMA, as Go picks), and Pow is Go's algorithm (math/pow.go) over
// them, so results agree with go1.19's to the last bit.
#include <immintrin.h>
#include <math.h>
#include <string.h>

#include "gomath.h"
#include "runtime.h"

// Keep in sync with lib/math.go.
double math_Ceil(double x) __asm__("math.Ceil");
double math_Trunc(double x) __asm__("math.Trunc");
uint64_t math_Float64bits(double f) __asm__("math.Float64bits");
double math_Float64frombits(uint64_t b) __asm__("math.Float64frombits");

double math_Sqrt(double x) { return sqrt(x); }
double math_Floor(double x) { return floor(x); }
double math_Ceil(double x) { return ceil(x); }
double math_Trunc(double x) { return trunc(x); }
uint64_t math_Float64bits(double f) { return bits_of(f); }
double math_Float64frombits(uint64_t b) { return from_bits(b); }

// = math.Mod: x - n*y for the integer n that makes the result have x's sign
// and a smaller magnitude than y; exact, like fmod. NaN is Go's NaN.
double math_Mod(double x, double y) {
    double r = fmod(x, y);
    return isnan(r) ? from_bits(GO_NAN) : r;
}

// ---- Exp (= exp_amd64.s, after Shibata's SLEEF) ------------------------------

static const double exp_poly[] = {   // 1/n! from n = 9 down, then 1/2, 1
    2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
    8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1,
    0.5, 1.0,
};

// exp_reduced: e^r - 1 for the reduced argument x = r/16, by a Taylor
// polynomial and four squarings of (1 + t): (t+2)*t = (1+t)^2 - 1.
static double exp_reduced(double x, bool fused) {
    double p = exp_poly[0];
    for (int i = 1; i < 8; i++)
        p = fused ? fma(p, x, exp_poly[i]) : p * x + exp_poly[i];
    x *= p;
    if (fused) {
        for (int i = 0; i < 3; i++)
            x *= x + 2.0;
        return fma(x, x + 2.0, 1.0);
    }
    for (int i = 0; i < 4; i++)
        x *= x + 2.0;
    return x + 1.0;
}

// exp_scale returns fr * 2^k, going through a denormal as the assembly does.
static double exp_scale(double fr, int32_t k) {
    k += 0x3FF;
    if (k >= 0x7FF)
        return from_bits(POS_INF);
    if (k <= 0) {
        if (k < -52)
            return 0;
        fr *= from_bits((uint64_t)(k + 0x3FE) << 52);
        k = 1;
    }
    return fr * from_bits((uint64_t)k << 52);
}

// = math.Exp: k = round(x/ln 2), r = x - k*ln 2 (in two parts), e^r by
// exp_reduced, scaled by 2^k.
double math_Exp(double x) {
    static int fused = -1;
    if (fused < 0)
        fused = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    uint64_t b = bits_of(x);
    if ((b & ~(1ull << 63)) >= POS_INF)
        return b == NEG_INF ? 0 : x;   // NaN and +Inf are their own
    if (x > 7.09782712893384e+02)
        return from_bits(POS_INF);
    const double ln2u = 0.69314718055966295651160180568695068359375;
    const double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
    int32_t k = _mm_cvtsd_si32(_mm_set_sd(1.4426950408889634073599246810018920 * x));
    double kd = (double)k;
    if (fused) {
        x = fma(-ln2u, kd, x);
        x = fma(-ln2l, kd, x);
    } else {
        x -= ln2u * kd;
        x -= ln2l * kd;
    }
    return exp_scale(exp_reduced(x * 0.0625, fused), k);
}

// ---- Log (= log_amd64.s, the FreeBSD/fdlibm method) ---------------------------

// = math.Log: x = 2^k * (1+f) with 1+f in [sqrt(2)/2, sqrt(2)), then
// log(1+f) = f - s*(f - R) by a polynomial in s = f/(2+f). Like the
// assembly, the exponent field is read as is (denormals are not scaled).
double math_Log(double x) {
    uint64_t b = bits_of(x);
    if ((b & ~(1ull << 63)) == 0)
        return from_bits(NEG_INF);
    if ((int64_t)b < 0)
        return from_bits(GO_NAN);
    if (b >= POS_INF)
        return x;
    double f1 = from_bits((b & 0x000FFFFFFFFFFFFFull) | 0x3FE0000000000000ull);
    double k = (double)((int32_t)((b >> 52) & 0x7FF) - 0x3FE);
    if (f1 < 7.07106781186547524401e-01) {
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (6.666666666666735130e-01 +
                      s4 * (2.857142874366239149e-01 + s4 * (1.818357216161805012e-01 + s4 * 1.479819860511658591e-01)));
    double t2 = s4 * (3.999999999940941908e-01 + s4 * (2.222219843214978396e-01 + s4 * 1.531383769920937332e-01));
    double R = t1 + t2, hfsq = 0.5 * f * f;
    return k * 6.93147180369123816490e-01 - ((hfsq - (s * (hfsq + R) + k * 1.90821492927058770002e-10)) - f);
}

// ---- Pow (= math/pow.go) ----------------------------------------------------------

// is_odd_int reports whether x is an odd integer.
static bool is_odd_int(double x) {
    if (fabs(x) >= 0x1p53)
        return false;   // every float this large is even
    double xi = trunc(x);
    return xi == x && fmod(xi, 2) != 0;
}

// pow_special returns Pow(x, y) for Go's special cases (true), in Go's order.
static bool pow_special(double x, double y, double *r) {
    if (y == 0 || x == 1)
        *r = 1;
    else if (y == 1)
        *r = x;
    else if (isnan(x) || isnan(y))
        *r = from_bits(GO_NAN);
    else if (x == 0 && y != 0)
        *r = y < 0 ? (is_odd_int(y) ? copysign(INFINITY, x) : INFINITY) : (is_odd_int(y) ? x : 0);
    else if (isinf(y))
        *r = x == -1 ? 1 : (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    else if (isinf(x))
        *r = x < 0 ? math_Pow(1 / x, -y) : y < 0 ? 0 : INFINITY;
    else if (y == 0.5)
        *r = sqrt(x);
    else if (y == -0.5)
        *r = 1 / sqrt(x);
    else
        return false;
    return true;
}

// = math.Pow: x^y as x^yf * x^yi, the fraction by Exp(yf*Log(x)) (yf in
// (-0.5, 0.5]) and the integer part by repeated squaring of Frexp's
// fraction, keeping the binary exponent apart until the final Ldexp.
double math_Pow(double x, double y) {
    double r;
    if (pow_special(x, y, &r))
        return r;
    double yi, yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return from_bits(GO_NAN);
    if (yi >= 0x1p63)
        return x == -1 ? 1 : (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = math_Exp(yf * math_Log(x));
    }
    int xe32;
    double x1 = frexp(x, &xe32);
    int64_t xe = xe32;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;   // catastrophic overflow: Ldexp decides
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    if (ae > 1 << 20)
        ae = 1 << 20;
    if (ae < -(1 << 20))
        ae = -(1 << 20);
    return math_Ldexp(a1, ae);
}
