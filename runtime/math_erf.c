// math_erf.c: the error function of package math: Erf and Erfc by the
// FreeBSD method Go uses (math/erf.go: rational approximations on
// [0, 0.84375), [0.84375, 1.25), and exp(-x*x - 0.5625 + R/S) beyond), and
// Erfinv, Erfcinv by Giles's rational approximations (erfinv.go).
#include "gomath.h"

double math_Erf(double x) __asm__("math.Erf");
double math_Erfc(double x) __asm__("math.Erfc");
double math_Erfinv(double x) __asm__("math.Erfinv");
double math_Erfcinv(double x) __asm__("math.Erfcinv");

#define ERX  8.45062911510467529297e-01   // erf(1), to 24 bits
#define EFX  1.28379167095512586316e-01   // 2/sqrt(Pi) - 1
#define EFX8 1.02703333676410069053e+00   // 8 * EFX
#define INV_035 from_bits(0x4006db6db6db6db7ull)   // 1/0.35

// Coefficients for [0, 0.84375): erf(x) = x + x*pp(x*x)/qq(x*x).
static const double pp[] = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
                            -2.84817495755985104766e-02, -5.77027029648944159157e-03,
                            -2.37630166566501626084e-05};
static const double qq[] = {0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
                            5.08130628187576562776e-03, 1.32494738004321644526e-04,
                            -3.96022827877536812320e-06};
// For [0.84375, 1.25): erf(x) = ERX + pa(x-1)/qa(x-1).
static const double pa[] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
                            -3.72207876035701323847e-01, 3.18346619901161753674e-01,
                            -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                            -2.16637559486879084300e-03};
static const double qa[] = {0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
                            7.18286544141962662868e-02, 1.26171219808761642112e-01,
                            1.36370839120290507362e-02, 1.19844998467991074170e-02};
// For [1.25, 1/0.35): erfc(x) = exp(-x*x - 0.5625 + ra(s)/sa(s))/x, s = 1/x^2.
static const double ra[] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
                            -1.05586262253232909814e+01, -6.23753324503260060396e+01,
                            -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                            -8.12874355063065934246e+01, -9.81432934416914548592e+00};
static const double sa[] = {0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
                            4.34565877475229228821e+02, 6.45387271733267880336e+02,
                            4.29008140027567833386e+02, 1.08635005541779435134e+02,
                            6.57024977031928170135e+00, -6.04244152148580987438e-02};
// For [1/0.35, 28): the same with rb, sb.
static const double rb[] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
                            -1.77579549177547519889e+01, -1.60636384855821916062e+02,
                            -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                            -4.83519191608651397019e+02};
static const double sb[] = {0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
                            1.53672958608443695994e+03, 3.19985821950859553908e+03,
                            2.55305040643316442583e+03, 4.74528541206955367215e+02,
                            -2.24409524465858183362e+01};

// erf_y: pp/qq at z = x*x.
static double erf_y(double z) {
    double r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])));
    double s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))));
    return r / s;
}

// erf_pq: pa/qa at s = x - 1.
static double erf_pq(double s) {
    double P = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))));
    double Q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))));
    return P / Q;
}

// erfc_tail: erfc(x) for 1.25 <= x < 28: exp(-z*z - 0.5625) *
// exp((z-x)(z+x) + R/S) / x with z = x cut to 20 fraction bits, so that z*z
// is exact.
static double erfc_tail(double x) {
    double s = 1 / (x * x), R, S;
    if (x < INV_035) {
        R = ra[0] + s * (ra[1] + s * (ra[2] + s * (ra[3] + s * (ra[4] + s * (ra[5] + s * (ra[6] + s * ra[7]))))));
        S = 1 + s * (sa[1] + s * (sa[2] + s * (sa[3] + s * (sa[4] + s * (sa[5] + s * (sa[6] + s * (sa[7] + s * sa[8])))))));
    } else {
        R = rb[0] + s * (rb[1] + s * (rb[2] + s * (rb[3] + s * (rb[4] + s * (rb[5] + s * rb[6])))));
        S = 1 + s * (sb[1] + s * (sb[2] + s * (sb[3] + s * (sb[4] + s * (sb[5] + s * (sb[6] + s * sb[7]))))));
    }
    double z = from_bits(bits_of(x) & 0xffffffff00000000ull);
    double r = math_Exp(-z * z - 0.5625) * math_Exp((z - x) * (z + x) + R / S);
    return r / x;
}

// = math.Erf: Erf(±Inf) = ±1, NaN for NaN.
double math_Erf(double x) {
    if (go_isnan(x))
        return go_nan();
    if (go_isinf(x, 1))
        return 1;
    if (go_isinf(x, -1))
        return -1;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x < 0.84375) {
        double temp;
        if (x < 0x1p-28)
            temp = x < 0x1p-1015 ? 0.125 * (8.0 * x + EFX8 * x) : x + EFX * x;
        else
            temp = x + x * erf_y(x * x);
        return sign ? -temp : temp;
    }
    if (x < 1.25)
        return sign ? -ERX - erf_pq(x - 1) : ERX + erf_pq(x - 1);
    if (x >= 6)
        return sign ? -1 : 1;
    double r = erfc_tail(x);
    return sign ? r - 1 : 1 - r;
}

// = math.Erfc: 1 - Erf(x) without the cancellation; Erfc(+Inf) = 0,
// Erfc(-Inf) = 2.
double math_Erfc(double x) {
    if (go_isnan(x))
        return go_nan();
    if (go_isinf(x, 1))
        return 0;
    if (go_isinf(x, -1))
        return 2;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x < 0.84375) {
        double temp;
        if (x < 0x1p-56)
            temp = x;
        else {
            double y = erf_y(x * x);
            temp = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
        }
        return sign ? 1 + temp : 1 - temp;
    }
    if (x < 1.25)
        return sign ? 1 + ERX + erf_pq(x - 1) : 1 - ERX - erf_pq(x - 1);
    if (x < 28) {
        if (sign && x > 6)
            return 2;
        double r = erfc_tail(x);
        return sign ? 2 - r : r;
    }
    return sign ? 2 : 0;
}

// erfinv_poly: the degree-7 polynomial c[7]*r^7 + ... + c[0].
static double erfinv_poly(const double *c, double r) {
    return ((((((c[7] * r + c[6]) * r + c[5]) * r + c[4]) * r + c[3]) * r + c[2]) * r + c[1]) * r + c[0];
}

static const double erfinv_a[] = {
    1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
    4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4,
    1.1819493347062294404278e4, 8.8709406962545514830200e2};
static const double erfinv_b[] = {
    1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2,
    5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4,
    2.8729085735721942674e4, 5.2264952788528545610e3};
static const double erfinv_c[] = {
    1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
    3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
    2.27238449892691845833e-2, 7.74545014278341407640e-4};
static const double erfinv_d[] = {
    1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0,
    9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
    7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9};
static const double erfinv_e[] = {
    6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
    2.71155556874348757815e-5, 2.01033439929228813265e-7};
static const double erfinv_f[] = {
    1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1,
    2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
    2.010321207683943062279931e-7, 2.891024605872965461538222e-15};

// = math.Erfinv: the inverse of Erf; ±Inf at ±1, NaN outside [-1, 1].
double math_Erfinv(double x) {
    if (go_isnan(x) || x <= -1 || x >= 1) {
        if (x == -1 || x == 1)
            return go_inf((int)x);
        return go_nan();
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double ans;
    if (x <= 0.85) {
        double r = 0.180625 - 0.25 * x * x;
        ans = (x * erfinv_poly(erfinv_a, r)) / erfinv_poly(erfinv_b, r);
    } else {
        double r = math_Sqrt(LN2 - math_Log(1.0 - x));
        if (r <= 5.0) {
            r -= 1.6;
            ans = erfinv_poly(erfinv_c, r) / erfinv_poly(erfinv_d, r);
        } else {
            r -= 5.0;
            ans = erfinv_poly(erfinv_e, r) / erfinv_poly(erfinv_f, r);
        }
    }
    return sign ? -ans : ans;
}

// = math.Erfcinv: Erfinv(1 - x).
double math_Erfcinv(double x) { return math_Erfinv(1 - x); }
