// Package math: go1.19's float64 API and numeric limits (LANGUAGE.md).
// The constants are untyped, with Go's exact values. Simple functions are
// mini-Go; the others are C (runtime/math.c and math_*.c), computed as gc
// computes them on amd64, so results agree bit for bit.
package math

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limits: the largest finite value and the smallest
// positive (denormal) one of each type.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Integer limits (int and uint are 64 bits).
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// Float64bits returns the IEEE 754 bits of f; Float64frombits the float
// with bits b.
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64

func Sqrt(x float64) float64  // correctly rounded; Sqrt(x < 0) = NaN
func Floor(x float64) float64 // the greatest integer <= x
func Ceil(x float64) float64  // the least integer >= x
func Trunc(x float64) float64 // the integer part of x

// Mod returns the remainder of x/y, with x's sign; Mod(±Inf, y),
// Mod(x, 0) and NaN operands give NaN; Mod(x, ±Inf) = x.
func Mod(x, y float64) float64

// Exp returns e**x; Exp(+Inf) = +Inf, Exp(-Inf) = 0, large x overflows to
// +Inf.
func Exp(x float64) float64

// Log returns the natural logarithm of x; Log(0) = -Inf, Log(x < 0) = NaN.
func Log(x float64) float64

// Pow returns x**y, with the special cases of Go's Pow (Pow(x, ±0) = 1,
// Pow(1, y) = 1, Pow(±0, y<0) = ±Inf or +Inf, Pow(-1, ±Inf) = 1, ...).
func Pow(x, y float64) float64

// The float32 bit views (runtime/math_float.c).
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32

// The parts of a float (runtime/math_float.c): f = frac * 2**exp with
// |frac| in [1/2, 1); Modf's parts both have f's sign; Logb and Ilogb give
// the binary exponent.
func Frexp(f float64) (frac float64, exp int)
func Ldexp(frac float64, exp int) float64
func Modf(f float64) (int float64, frac float64)
func Logb(x float64) float64
func Ilogb(x float64) int

// Neighbours, remainders and the fused multiply-add (runtime/math_float.c).
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func Remainder(x, y float64) float64
func FMA(x, y, z float64) float64

// Trigonometric functions (runtime/math_trig.c, math_atan.c).
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64

// Hyperbolic functions and their inverses (runtime/math_hyper.c).
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64

// Relatives of Exp and Log, Cbrt and Hypot (runtime/math_explog.c).
func Exp2(x float64) float64
func Expm1(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Cbrt(x float64) float64
func Hypot(p, q float64) float64

// Special functions (runtime/math_gamma.c, math_erf.c): Lgamma returns
// log|Gamma(x)| and Gamma's sign.
func Gamma(x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfinv(x float64) float64
func Erfcinv(x float64) float64

// Bessel functions of the first (J) and second (Y) kind, of order 0, 1 and
// n (runtime/math_bessel.c).
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64

const (
	signMask = 1 << 63
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
)

// Inf returns +Inf if sign >= 0, -Inf if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 {
	return Float64frombits(uvnan)
}

// IsNaN reports whether f is a NaN (the only value not equal to itself).
func IsNaN(f float64) bool {
	return f != f
}

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Abs returns |x|: the sign bit cleared (Abs(-0) = 0, Abs(-Inf) = +Inf).
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Max returns the larger of x and y: +Inf if either is +Inf, else NaN if
// either is NaN; Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf if either is -Inf, else NaN if
// either is NaN; Min(-0, +0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y and 0 (NaN if x-y is NaN).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

const (
	uvone    = 0x3FF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	fracMask = 1<<shift - 1
)

// Round returns the nearest integer, half away from zero, by adding half
// an integer unit to the bits and clearing the fraction bits.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	switch {
	case e < bias-1: // |x| < 0.5
		bits &= signMask
	case e == bias-1: // 0.5 <= |x| < 1
		bits = bits&signMask | uvone
	case e < bias+shift: // has fraction bits
		e -= bias
		bits += (1 << (shift - 1)) >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

// RoundToEven returns the nearest integer, half to even: half an integer
// unit less one is added, plus the unit's lowest bit, before the fraction
// bits are cleared.
func RoundToEven(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	switch {
	case e >= bias:
		e -= bias
		if e < shift {
			bits += ((1<<(shift-1) - 1) + (bits>>(shift-e))&1) >> e
			bits &^= fracMask >> e
		}
	case e == bias-1 && bits&fracMask != 0: // 0.5 < |x| < 1
		bits = bits&signMask | uvone
	default: // |x| <= 0.5
		bits &= signMask
	}
	return Float64frombits(bits)
}

// Powers of ten: 1e0..1e31, and 1e32 steps up and down.
var pow10tab = [...]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}
var pow10postab32 = [...]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}
var pow10negtab32 = [...]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}

// Pow10 returns 10**n as one product (or quotient) of two table entries;
// +Inf above 308, 0 below -323.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10postab32[uint(n)/32] * pow10tab[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negtab32[uint(-n)/32] / pow10tab[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}
