// math_atan.c: Atan, Asin, Acos and Atan2 of package math, by the Cephes
// method Go uses (math/atan.go, asin.go, atan2.go): a rational function on
// [0, 0.66], and the identities atan(x) = Pi/4 + atan((x-1)/(x+1)) and
// Pi/2 - atan(1/x) above, with the bits of Pi/2 that a float64 drops added
// back.
#include "gomath.h"

double math_Acos(double x) __asm__("math.Acos");
double math_Atan2(double y, double x) __asm__("math.Atan2");

#define MOREBITS 6.123233995736765886130e-17   // Pi/2 = PI_2 + MOREBITS
#define TAN3PIO8 2.41421356237309504880        // tan(3*Pi/8)

// xatan: atan(x) for x in [0, 0.66]. = math.xatan
static double xatan(double x) {
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
        (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

// satan: atan(x) for x >= 0, the argument reduced to [0, 0.66]. = math.satan
static double satan(double x) {
    if (x <= 0.66)
        return xatan(x);
    if (x > TAN3PIO8)
        return PI_2 - xatan(1 / x) + MOREBITS;
    return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * MOREBITS;
}

// = math.Atan: odd; Atan(±0) = ±0, Atan(±Inf) = ±Pi/2.
double math_Atan(double x) {
    if (x == 0)
        return x;
    return x > 0 ? satan(x) : -satan(-x);
}

// = math.Asin: atan(x / sqrt(1-x*x)), through the complement above 0.7;
// NaN outside [-1, 1].
double math_Asin(double x) {
    if (x == 0)
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x > 1)
        return go_nan();
    double temp = math_Sqrt(1 - x * x);
    if (x > 0.7)
        temp = PI_2 - satan(temp / x);
    else
        temp = satan(x / temp);
    return sign ? -temp : temp;
}

// = math.Acos: Pi/2 - Asin(x).
double math_Acos(double x) { return PI_2 - math_Asin(x); }

// atan2_special: Atan2's special cases in Go's order (true if x or y is
// NaN, zero or infinite).
static bool atan2_special(double y, double x, double *r) {
    if (go_isnan(y) || go_isnan(x))
        *r = go_nan();
    else if (y == 0)
        *r = go_copysign(x >= 0 && !(bits_of(x) & SIGN_MASK) ? 0 : PI, y);
    else if (x == 0)
        *r = go_copysign(PI_2, y);
    else if (go_isinf(x, 0)) {
        if (go_isinf(x, 1))
            *r = go_copysign(go_isinf(y, 0) ? PI_4 : 0, y);
        else
            *r = go_copysign(go_isinf(y, 0) ? PI3_4 : PI, y);
    } else if (go_isinf(y, 0))
        *r = go_copysign(PI_2, y);
    else
        return false;
    return true;
}

// = math.Atan2: the angle of (x, y): Atan(y/x), moved by Pi to the left
// half-plane.
double math_Atan2(double y, double x) {
    double r;
    if (atan2_special(y, x, &r))
        return r;
    double q = math_Atan(y / x);
    if (x < 0)
        return q <= 0 ? q + PI : q - PI;
    return q;
}
