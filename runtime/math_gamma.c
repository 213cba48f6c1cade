// math_gamma.c: Gamma and Lgamma of package math, as Go computes them:
// Gamma by the Cephes method (math/gamma.go: a rational function on [2, 3]
// reached by the recurrence, Stirling's formula above 33, the reflection
// formula for large negative x), Lgamma by the FreeBSD method (lgamma.go).
#include "gomath.h"

double math_Gamma(double x) __asm__("math.Gamma");
FloatInt math_Lgamma(double x) __asm__("math.Lgamma");

// stirling returns Gamma(x) for x > 33 as a product of two factors, so
// that the caller can avoid an overflow of their product. = math.stirling
static FloatPair stirling(double x) {
    static const double S[] = {7.87311395793093628397e-04, -2.29549961613378126380e-04,
                               -2.68132617805781232825e-03, 3.47222221605458667310e-03,
                               8.33333333333482257126e-02};
    if (x > 200)
        return (FloatPair){go_inf(1), 1};
    double w = 1 / x;
    w = 1 + w * ((((S[0] * w + S[1]) * w + S[2]) * w + S[3]) * w + S[4]);
    double y1 = math_Exp(x), y2 = 1.0;
    if (x > 143.01608) {   // Pow(x, x-0.5) would overflow
        double v = math_Pow(x, 0.5 * x - 0.25);
        y2 = v / y1;
        y1 = v;
    } else
        y1 = math_Pow(x, x - 0.5) / y1;
    return (FloatPair){y1, 2.506628274631000502417 * w * y2};   // sqrt(2*Pi)
}

static bool is_neg_int(double x) { return x < 0 && math_Modf(x).b == 0; }

// gamma_reflect: Gamma(x) for x < -33 by Pi / (x sin(Pi x) Gamma(-x)).
static double gamma_reflect(double q, double p) {
    int64_t signgam = ((int64_t)p & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
        p = p + 1;
        z = q - p;
    }
    z = q * math_Sin(PI * z);
    if (z == 0)
        return go_inf(signgam);
    FloatPair sq = stirling(q);
    double absz = go_abs(z);
    double d = absz * sq.a * sq.b;
    if (go_isinf(d, 0))
        z = PI / absz / sq.a / sq.b;
    else
        z = PI / d;
    return (double)signgam * z;
}

// gamma_small: Gamma(x) = z / x for |x| < 1e-9, by 1/x - Euler.
static double gamma_small(double x, double z) {
    if (x == 0)
        return go_inf(1);
    return z / ((1 + from_bits(0x3fe2788cfc6fb619ull) * x) * x);   // Euler's constant
}

// = math.Gamma: NaN at negative integers and -Inf, ±Inf at ±0.
double math_Gamma(double x) {
    static const double P[] = {1.60119522476751861407e-04, 1.19135147006586384913e-03,
                               1.04213797561761569935e-02, 4.76367800457137231464e-02,
                               2.07448227648435975150e-01, 4.94214826801497100753e-01,
                               9.99999999999999996796e-01};
    static const double Q[] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04,
                               -4.45641913851797240494e-03, 1.18139785222060435552e-02,
                               3.58236398605498653373e-02,  -2.34591795718243348568e-01,
                               7.14304917030273074085e-02,  1.00000000000000000320e+00};
    if (is_neg_int(x) || go_isinf(x, -1) || go_isnan(x))
        return go_nan();
    if (go_isinf(x, 1))
        return go_inf(1);
    if (x == 0)
        return (bits_of(x) & SIGN_MASK) ? go_inf(-1) : go_inf(1);
    double q = go_abs(x), p = math_Floor(q);
    if (q > 33) {
        if (x >= 0) {
            FloatPair s = stirling(x);
            return s.a * s.b;
        }
        return gamma_reflect(q, p);
    }
    double z = 1.0;   // Gamma(x) = z * Gamma(x') with x' in [2, 3)
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09)
            return gamma_small(x, z);
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09)
            return gamma_small(x, z);
        z = z / x;
        x = x + 1;
    }
    if (x == 2)
        return z;
    x = x - 2;
    p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6];
    q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7];
    return z * p / q;
}

// ---- Lgamma ------------------------------------------------------------------

static const double lgam_a[] = {
    7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
    2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
    1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
    1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05,
};
static const double lgam_r[] = {
    1.0,                        1.39200533467621045958e+00, 7.21935547567138069525e-01,
    1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04,
    7.32668430744625636189e-06,
};
static const double lgam_s[] = {
    -7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
    1.46350472652464452805e-01,  2.66422703033638609560e-02, 1.84028451407337715652e-03,
    3.19475326584100867617e-05,
};
static const double lgam_t[] = {
    4.83836122723810047042e-01,  -1.47587722994593911752e-01, 6.46249402391333854778e-02,
    -3.27885410759859649565e-02, 1.79706750811820387126e-02,  -1.03142241298341437450e-02,
    6.10053870246291332635e-03,  -3.68452016781138256760e-03, 2.25964780900612472250e-03,
    -1.40346469989232843813e-03, 8.81081882437654011382e-04,  -5.38595305356740546715e-04,
    3.15632070903625950361e-04,  -3.12754168375120860518e-04, 3.35529192635519073543e-04,
};
static const double lgam_u[] = {
    -7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
    9.77717527963372745603e-01,  2.28963728064692451092e-01, 1.33810918536787660377e-02,
};
static const double lgam_v[] = {
    1.0,                        2.45597793713041134822e+00, 2.12848976379893395361e+00,
    7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03,
};
static const double lgam_w[] = {
    4.18938533204672725052e-01,  8.33333333333329678849e-02,  -2.77777777728775536470e-03,
    7.93650558643019558500e-04,  -5.95187557450339963135e-04, 8.36339918996282139126e-04,
    -1.63092934096575273989e-03,
};

#define LGAM_TC 1.46163214496836224576e+00    // the minimum of Gamma on the positive axis
#define LGAM_TF -1.21486290535849611461e-01   // Lgamma(TC)
#define LGAM_TT -3.63867699703950536541e-18   // a correction to TF + ...

// sin_pi returns -sin(Pi*x) for x > 0, exactly 0 at integers. = math.sinPi
static double sin_pi(double x) {
    if (x < 0.25)
        return -math_Sin(PI * x);
    double z = math_Floor(x);
    int64_t n;
    if (z != x) {
        x = math_Mod(x, 2);
        n = (int64_t)(x * 4);
    } else if (x >= 0x1p53) {
        x = 0;
        n = 0;
    } else {
        if (x < 0x1p52)
            z = x + 0x1p52;
        n = (int64_t)(1 & bits_of(z));
        x = (double)n;
        n <<= 2;
    }
    switch (n) {
    case 0: x = math_Sin(PI * x); break;
    case 1: case 2: x = math_Cos(PI * (0.5 - x)); break;
    case 3: case 4: x = math_Sin(PI * (1 - x)); break;
    case 5: case 6: x = -math_Cos(PI * (x - 1.5)); break;
    default: x = math_Sin(PI * (x - 2)); break;
    }
    return -x;
}

// lgamma_poly: the three polynomial forms of lgamma near its minimum, for
// y measured from 1 or 2 (i = 0), from TC (i = 1), or x itself (i = 2).
static double lgamma_poly(double y, int i) {
    const double *A = lgam_a, *T = lgam_t, *U = lgam_u, *V = lgam_v;
    if (i == 0) {
        double z = y * y;
        double p1 = A[0] + z * (A[2] + z * (A[4] + z * (A[6] + z * (A[8] + z * A[10]))));
        double p2 = z * (A[1] + z * (+A[3] + z * (A[5] + z * (A[7] + z * (A[9] + z * A[11])))));
        double p = y * p1 + p2;
        return p - 0.5 * y;
    }
    if (i == 1) {
        double z = y * y, w = z * y;
        double p1 = T[0] + w * (T[3] + w * (T[6] + w * (T[9] + w * T[12])));
        double p2 = T[1] + w * (T[4] + w * (T[7] + w * (T[10] + w * T[13])));
        double p3 = T[2] + w * (T[5] + w * (T[8] + w * (T[11] + w * T[14])));
        double p = z * p1 - (LGAM_TT - w * (p2 + y * p3));
        return LGAM_TF + p;
    }
    double p1 = y * (U[0] + y * (U[1] + y * (U[2] + y * (U[3] + y * (U[4] + y * U[5])))));
    double p2 = 1 + y * (V[1] + y * (V[2] + y * (V[3] + y * (V[4] + y * V[5]))));
    return -0.5 * y + p1 / p2;
}

// lgamma_below2: lgamma(x) for 0 < x < 2, x not 1: lgamma(x+1) - log(x)
// below 0.9, then one of the polynomials.
static double lgamma_below2(double x) {
    double lgamma, y;
    int i;
    if (x <= 0.9) {
        lgamma = -math_Log(x);
        if (x >= from_bits(0x3fe76987d0eaed22ull)) {          // Ymin - 1 + 0.27
            y = 1 - x;
            i = 0;
        } else if (x >= from_bits(0x3fc88766f1c02f69ull)) {   // Ymin - 1 - 0.27
            y = x - from_bits(0x3fdd8b618d5af8fcull);         // TC - 1
            i = 1;
        } else {
            y = x;
            i = 2;
        }
    } else {
        lgamma = 0;
        if (x >= from_bits(0x3ffbb4c3e8757691ull)) {          // Ymin + 0.27
            y = 2 - x;
            i = 0;
        } else if (x >= from_bits(0x3ff310ecde3805edull)) {   // Ymin - 0.27
            y = x - LGAM_TC;
            i = 1;
        } else {
            y = x - 1;
            i = 2;
        }
    }
    return lgamma + lgamma_poly(y, i);
}

// lgamma_below8: lgamma(x) for 2 <= x < 8: a rational function of the
// fraction, plus the log of the product (y+2)(y+3)... for the integer part.
static double lgamma_below8(double x) {
    const double *S = lgam_s, *R = lgam_r;
    int64_t i = (int64_t)x;
    double y = x - (double)i;
    double p = y * (S[0] + y * (S[1] + y * (S[2] + y * (S[3] + y * (S[4] + y * (S[5] + y * S[6]))))));
    double q = 1 + y * (R[1] + y * (R[2] + y * (R[3] + y * (R[4] + y * (R[5] + y * R[6])))));
    double lgamma = 0.5 * y + p / q;
    if (i < 3)
        return lgamma;
    double z = 1.0;
    for (int64_t k = i - 1; k >= 2; k--)   // z = (y+i-1) ... (y+2), in that order
        z *= (y + (double)k);
    return lgamma + math_Log(z);
}

// lgamma_positive: lgamma(x) for finite x >= 2^-70.
static double lgamma_positive(double x) {
    if (x == 1 || x == 2)
        return 0;
    if (x < 2)
        return lgamma_below2(x);
    if (x < 8)
        return lgamma_below8(x);
    if (x < 0x1p58) {
        const double *W = lgam_w;
        double t = math_Log(x), z = 1 / x, y = z * z;
        double w = W[0] + z * (W[1] + y * (W[2] + y * (W[3] + y * (W[4] + y * (W[5] + y * W[6])))));
        return (x - 0.5) * (t - 1) + w;
    }
    return x * (math_Log(x) - 1);
}

// = math.Lgamma: log|Gamma(x)| and the sign of Gamma(x); for negative x by
// the reflection formula log(Pi / |x sin(Pi x)|) - lgamma(-x).
FloatInt math_Lgamma(double x) {
    if (go_isnan(x) || go_isinf(x, 0))
        return (FloatInt){x, 1};
    if (x == 0)
        return (FloatInt){go_inf(1), 1};
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    if (x < 0x1p-70)
        return (FloatInt){-math_Log(x), neg ? -1 : 1};
    double nadj = 0;
    int64_t sign = 1;
    if (neg) {
        if (x >= 0x1p52)
            return (FloatInt){go_inf(1), 1};
        double t = sin_pi(x);
        if (t == 0)
            return (FloatInt){go_inf(1), 1};
        nadj = math_Log(PI / go_abs(t * x));
        if (t < 0)
            sign = -1;
    }
    if (x == 1 || x == 2)
        return (FloatInt){0, sign};
    double lgamma = lgamma_positive(x);
    return (FloatInt){neg ? nadj - lgamma : lgamma, sign};
}
