// Each math function on 100,000 pseudo-random inputs with varied exponents
// (and some special values), its results' bits folded into one hash per
// function: any difference from go1.19 in any last bit changes a line.
package main

import (
	"fmt"
	"math"
)

const n = 100000

var state uint64 = 0x9E3779B97F4A7C15

// next is xorshift64*.
func next() uint64 {
	state ^= state >> 12
	state ^= state << 25
	state ^= state >> 27
	return state * 2685821657736338717
}

// float builds sign, a biased exponent in [lo, hi] and random fraction bits.
func float(lo, hi uint64) float64 {
	r := next()
	e := lo + (r>>11)%(hi-lo+1)
	return math.Float64frombits(r&(1<<63) | e<<52 | next()&(1<<52-1))
}

// mixed: any bits, the full exponent range (denormals included), moderate
// exponents, small values, or integers and half-integers.
func mixed() float64 {
	switch next() % 6 {
	case 0:
		return math.Float64frombits(next())
	case 1:
		return float(0, 2046)
	case 2:
		return float(1023-60, 1023+60)
	case 3:
		return float(1023-3, 1023+4)
	case 4:
		return float64(int64(next()%4001)-2000) / 2
	}
	return float(0, 0)
}

// unit: values in [-1, 1], near 0 and near ±1.
func unit() float64 {
	switch next() % 4 {
	case 0:
		return float(1023-60, 1022)
	case 1:
		return float(1023-1074/2, 1022)
	case 2:
		x := 1 - math.Float64frombits(0x3CB0000000000000|next()%(1<<52))
		if next()%2 == 0 {
			return -x
		}
		return x
	}
	return float64(int64(next()%2001)-1000) / 1000
}

var h uint64

func fold(f float64) { h = (h ^ math.Float64bits(f)) * 1099511628211 }

func report(name string) {
	fmt.Printf("%-12s %016x\n", name, h)
	h = 14695981039346656037
}

func one(name string, f func(float64) float64, gen func() float64) {
	for i := 0; i < n; i++ {
		fold(f(gen()))
	}
	report(name)
}

func two(name string, f func(float64, float64) float64, gen func() float64) {
	for i := 0; i < n; i++ {
		x := gen()
		y := gen()
		if i%8 == 0 {
			y = x * float(1023-2, 1023+2)
		}
		fold(f(x, y))
	}
	report(name)
}

func above1() float64 { return 1 + math.Abs(mixed()) }
func logArg() float64 {
	if next()%8 == 0 {
		return mixed()
	}
	return math.Abs(mixed())
}
func log1pArg() float64 {
	if next()%2 == 0 {
		return unit()
	}
	return logArg()
}
func expArg() float64 {
	if next()%3 == 0 {
		return mixed()
	}
	return float64(int64(next()%1600000)-800000) / 1000 * math.Float64frombits(0x3FF0000000000000|next()%(1<<52))
}

func gammaArg() float64 {
	switch next() % 4 {
	case 0:
		return mixed()
	case 1:
		return float64(int64(next()%400001)-200000) / 1000
	case 2:
		return float64(int64(next()%401) - 200)
	}
	return float(1023-80, 1023+3)
}

func erfArg() float64 {
	if next()%4 == 0 {
		return mixed()
	}
	return float64(int64(next()%700001)-350000) / 10000 * math.Float64frombits(0x3FF0000000000000|next()%(1<<52))
}

func besselArg() float64 {
	switch next() % 4 {
	case 0:
		return mixed()
	case 1:
		return float64(int64(next()%100001)-50000) / 1000
	}
	return float(1023-30, 1023+8)
}

// order: a Bessel function's order, mostly small.
func order() int {
	if next()%16 == 0 {
		return int(next()%601) - 300
	}
	return int(next()%41) - 20
}

func main() {
	report("start")
	one("Sin", math.Sin, mixed)
	one("Cos", math.Cos, mixed)
	one("Tan", math.Tan, mixed)
	one("Sincos", func(x float64) float64 { s, c := math.Sincos(x); fold(s); return c }, mixed)
	one("Asin", math.Asin, unit)
	one("Acos", math.Acos, unit)
	one("Atan", math.Atan, mixed)
	two("Atan2", math.Atan2, mixed)
	one("Sinh", math.Sinh, expArg)
	one("Cosh", math.Cosh, expArg)
	one("Tanh", math.Tanh, expArg)
	one("Asinh", math.Asinh, mixed)
	one("Acosh", math.Acosh, above1)
	one("Atanh", math.Atanh, unit)
	two("Hypot", math.Hypot, mixed)
	one("Exp", math.Exp, expArg)
	one("Exp2", math.Exp2, expArg)
	one("Expm1", math.Expm1, expArg)
	one("Log", math.Log, logArg)
	one("Log2", math.Log2, logArg)
	one("Log10", math.Log10, logArg)
	one("Log1p", math.Log1p, log1pArg)
	one("Logb", math.Logb, mixed)
	one("Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }, mixed)
	one("Cbrt", math.Cbrt, mixed)
	one("Gamma", math.Gamma, gammaArg)
	one("Lgamma", func(x float64) float64 { l, s := math.Lgamma(x); fold(float64(s)); return l }, gammaArg)
	one("Erf", math.Erf, erfArg)
	one("Erfc", math.Erfc, erfArg)
	one("Erfinv", math.Erfinv, unit)
	one("Erfcinv", math.Erfcinv, func() float64 { return 1 + unit() })
	one("J0", math.J0, besselArg)
	one("J1", math.J1, besselArg)
	one("Y0", math.Y0, besselArg)
	one("Y1", math.Y1, besselArg)
	one("Jn", func(x float64) float64 { return math.Jn(order(), x) }, besselArg)
	one("Yn", func(x float64) float64 { return math.Yn(order(), x) }, besselArg)
	one("Sqrt", math.Sqrt, logArg)
	two("Pow", math.Pow, mixed)
	two("Mod", math.Mod, mixed)
	two("Remainder", math.Remainder, mixed)
	one("Modf", func(x float64) float64 { i, f := math.Modf(x); fold(i); return f }, mixed)
	one("Frexp", func(x float64) float64 { f, e := math.Frexp(x); fold(float64(e)); return f }, mixed)
	one("Ldexp", func(x float64) float64 { return math.Ldexp(x, int(next()%2300)-1150) }, mixed)
	one("Floor", math.Floor, mixed)
	one("Ceil", math.Ceil, mixed)
	one("Trunc", math.Trunc, mixed)
	one("Round", math.Round, mixed)
	one("RoundToEven", math.RoundToEven, mixed)
	two("Nextafter", math.Nextafter, mixed)
	two("Nextafter32", func(x, y float64) float64 {
		return float64(math.Float32bits(math.Nextafter32(float32(x), float32(y))))
	}, unit)
	one("Float32bits", func(x float64) float64 {
		return float64(math.Float32bits(float32(x))) + float64(math.Float32frombits(uint32(next())))
	}, mixed)
	two("Copysign", math.Copysign, mixed)
	two("Dim", math.Dim, mixed)
	two("Max", math.Max, mixed)
	two("Min", math.Min, mixed)
	one("FMA", func(x float64) float64 { return math.FMA(x, mixed(), mixed()) }, mixed)
	one("Abs", math.Abs, mixed)
	one("Signbit", func(x float64) float64 {
		if math.Signbit(x) {
			return 1
		}
		return 0
	}, mixed)
	for i := -400; i <= 400; i++ {
		fold(math.Pow10(i))
	}
	report("Pow10")
}
