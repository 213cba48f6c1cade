// Package math: floating-point functions and numeric limits (LANGUAGE.md).
// The constants are untyped, with Go's exact values. Simple functions are
// mini-Go; Sqrt, Floor, Ceil, Trunc, Mod, Exp, Log, Pow and the bit
// conversions are C (runtime/math.c), with gc's results bit for bit.
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
