// gomath.h: what the C halves of package math (runtime/math*.c) share: the
// IEEE 754 bit views, Go's constants as bits, and the Go functions that other
// functions build on. Every function here computes what go1.19's math computes
// on amd64, operation for operation, so results agree to the last bit: the
// runtime is compiled without -ffast-math and for baseline x86-64, so C does
// no contraction into fused multiply-adds and no reassociation, as gc does
// none. Constants that Go writes as constant expressions (4/Pi, 1/Ln2) are
// written here as the bits of Go's exactly rounded value, since C would round
// each operation. Keep the declarations in sync with lib/math.go.
#ifndef MGC_GOMATH_H
#define MGC_GOMATH_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t bits_of(double f) {
    uint64_t u;
    memcpy(&u, &f, 8);
    return u;
}

static inline double from_bits(uint64_t u) {
    double f;
    memcpy(&f, &u, 8);
    return f;
}

#define POS_INF   0x7FF0000000000000ull
#define NEG_INF   0xFFF0000000000000ull
#define GO_NAN    0x7FF8000000000001ull   // = math.NaN()
#define SIGN_MASK 0x8000000000000000ull
#define FRAC_MASK 0x000FFFFFFFFFFFFFull
#define EXP_SHIFT 52
#define EXP_MASK  0x7FF
#define EXP_BIAS  1023

#define go_nan()  from_bits(GO_NAN)
#define go_inf(s) from_bits((s) >= 0 ? POS_INF : NEG_INF)

// Go's constant expressions, exactly rounded (printed by go1.19 with %x of
// Float64bits).
#define PI        from_bits(0x400921fb54442d18ull)   // Pi
#define PI_2      from_bits(0x3ff921fb54442d18ull)   // Pi/2
#define PI_4      from_bits(0x3fe921fb54442d18ull)   // Pi/4
#define PI3_4     from_bits(0x4002d97c7f3321d2ull)   // 3*Pi/4
#define FOUR_PI   from_bits(0x3ff45f306dc9c883ull)   // 4/Pi
#define LN2       from_bits(0x3fe62e42fefa39efull)   // Ln2
#define INV_LN2   from_bits(0x3ff71547652b82feull)   // 1/Ln2
#define INV_LN10  from_bits(0x3fdbcb7b1526e50eull)   // 1/Ln10

static inline bool go_isnan(double x) { return x != x; }
static inline bool go_isinf(double x, int sign) {
    return (sign >= 0 && x > 0x1.fffffffffffffp1023) || (sign <= 0 && x < -0x1.fffffffffffffp1023);
}
static inline double go_abs(double x) { return from_bits(bits_of(x) & ~SIGN_MASK); }
static inline double go_copysign(double f, double s) {
    return from_bits((bits_of(f) & ~SIGN_MASK) | (bits_of(s) & SIGN_MASK));
}

// The (float64, int) results of Frexp and Lgamma: xmm0 and rax (docs/ABI.md).
typedef struct { double f; int64_t i; } FloatInt;
// The (float64, float64) results of Modf and Sincos: xmm0 and xmm1.
typedef struct { double a, b; } FloatPair;

double math_Sqrt(double x) __asm__("math.Sqrt");
double math_Floor(double x) __asm__("math.Floor");
double math_Exp(double x) __asm__("math.Exp");
double math_Log(double x) __asm__("math.Log");
double math_Log1p(double x) __asm__("math.Log1p");
double math_Expm1(double x) __asm__("math.Expm1");
double math_Mod(double x, double y) __asm__("math.Mod");
double math_Pow(double x, double y) __asm__("math.Pow");
double math_Sin(double x) __asm__("math.Sin");
double math_Cos(double x) __asm__("math.Cos");
double math_Atan(double x) __asm__("math.Atan");
double math_Asin(double x) __asm__("math.Asin");
double math_Ldexp(double frac, int64_t exp) __asm__("math.Ldexp");
FloatInt math_Frexp(double f) __asm__("math.Frexp");
FloatPair math_Modf(double f) __asm__("math.Modf");
FloatPair math_Sincos(double x) __asm__("math.Sincos");

#endif
