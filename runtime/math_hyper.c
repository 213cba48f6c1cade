// math_hyper.c: the hyperbolic functions of package math and their
// inverses, as Go computes them (math/sinh.go and tanh.go after Cephes,
// asinh.go, acosh.go and atanh.go after FreeBSD): through Exp, Log and
// Log1p, with rational functions near zero.
#include "gomath.h"

double math_Sinh(double x) __asm__("math.Sinh");
double math_Cosh(double x) __asm__("math.Cosh");
double math_Tanh(double x) __asm__("math.Tanh");
double math_Asinh(double x) __asm__("math.Asinh");
double math_Acosh(double x) __asm__("math.Acosh");
double math_Atanh(double x) __asm__("math.Atanh");

#define NEAR_ZERO 0x1p-28
#define LARGE     0x1p28

// = math.Sinh: (e^x - e^-x)/2 above 0.5 (e^x/2 above 21), a rational
// function below.
double math_Sinh(double x) {
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > 21)
        temp = math_Exp(x) * 0.5;
    else if (x > 0.5) {
        double ex = math_Exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

// = math.Cosh: (e^|x| + e^-|x|)/2 (e^|x|/2 above 21).
double math_Cosh(double x) {
    x = go_abs(x);
    if (x > 21)
        return math_Exp(x) * 0.5;
    double ex = math_Exp(x);
    return (ex + 1 / ex) * 0.5;
}

// = math.Tanh: ±1 above log(2^127)/2, 1 - 2/(e^2|x| + 1) above 0.625, a
// rational function below.
double math_Tanh(double x) {
    static const double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
                               -1.61468768441708447952e3};
    static const double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                               4.84406305325125486048e3};
    double z = go_abs(x);
    if (z > from_bits(0x404601e678fc457bull))   // 0.5 * MAXLOG = log(2^127)/2
        return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = math_Exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0)
        return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

// = math.Asinh: log(x + sqrt(x*x+1)) in forms that keep precision at each
// magnitude; odd.
double math_Asinh(double x) {
    if (go_isnan(x) || go_isinf(x, 0))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > LARGE)
        temp = math_Log(x) + 6.93147180559945286227e-01;
    else if (x > 2)
        temp = math_Log(2 * x + 1 / (math_Sqrt(x * x + 1) + x));
    else if (x < NEAR_ZERO)
        temp = x;
    else
        temp = math_Log1p(x + x * x / (1 + math_Sqrt(1 + x * x)));
    return sign ? -temp : temp;
}

// = math.Acosh: log(x + sqrt(x*x-1)); NaN below 1.
double math_Acosh(double x) {
    if (x < 1 || go_isnan(x))
        return go_nan();
    if (x == 1)
        return 0;
    if (x >= LARGE)
        return math_Log(x) + LN2;
    if (x > 2)
        return math_Log(2 * x - 1 / (x + math_Sqrt(x * x - 1)));
    double t = x - 1;
    return math_Log1p(t + math_Sqrt(2 * t + t * t));
}

// = math.Atanh: log1p(2x/(1-x))/2; ±Inf at ±1, NaN outside [-1, 1].
double math_Atanh(double x) {
    if (x < -1 || x > 1 || go_isnan(x))
        return go_nan();
    if (x == 1)
        return go_inf(1);
    if (x == -1)
        return go_inf(-1);
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x < NEAR_ZERO)
        temp = x;
    else if (x < 0.5) {
        temp = x + x;
        temp = 0.5 * math_Log1p(temp + temp * x / (1 - x));
    } else
        temp = 0.5 * math_Log1p((x + x) / (1 - x));
    return sign ? -temp : temp;
}
