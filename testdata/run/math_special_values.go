// The math functions on their special values: ±0, ±Inf, NaN, denormals,
// the largest floats, and the edges of their domains. Each result is shown
// with %v and its bits (NaN's sign and payload included).
package main

import (
	"fmt"
	"math"
)

var negZero = math.Copysign(0, -1)

var specials = []float64{
	0, negZero, math.Inf(1), math.Inf(-1), math.NaN(),
	math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1e-310,
	math.MaxFloat64, -math.MaxFloat64, 1e300, -1e300, 1 << 53, 1<<53 + 1,
	1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 2, 3, 10, 1e-20, -1e-20,
	math.Pi, math.Pi / 2, -math.Pi / 4, 1 << 29, 1<<29 + 0.5, 1e22, 6.123233995736766e-17,
	709.782712893384, 710, -745.1332191019412, -746, 1024, -1075, 21, 22, 0.625, 0.7, 0.66,
	1.0000000000000002, 0.9999999999999999, 1 << 28, 3.725290298461914e-09,
	-0.9999999999999999, 0.85, 0.84375, 1.25, 2.857142857142857, 6, 28, -6.5, 27.9, 1e-9, -1e-9,
	33, 33.5, -33.5, -170.5, 171, 171.7, 172, -1e10 - 0.5, 143, 200, 2.8e-306, 1 << 52, -(1 << 52) - 0.5,
	1 << 58, 1.4616321449683622, 0.2316, 0.7316, 1.2316, 1.7316, 7.99, 8, -0.25, -2.5, -1e-300,
}

var pairs = []float64{0, negZero, math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -2, 3,
	math.SmallestNonzeroFloat64, math.MaxFloat64, 1e300, -1e-300}

func show(name string, x, r float64) {
	fmt.Printf("%s(%v) = %v %016x\n", name, x, r, math.Float64bits(r))
}

func show2(name string, x, y, r float64) {
	fmt.Printf("%s(%v, %v) = %v %016x\n", name, x, y, r, math.Float64bits(r))
}

func main() {
	one := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin},
		{"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh},
		{"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log},
		{"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Logb", math.Logb},
		{"Cbrt", math.Cbrt}, {"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil},
		{"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Abs", math.Abs}, {"Gamma", math.Gamma}, {"Erf", math.Erf}, {"Erfc", math.Erfc},
		{"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
		{"J2", func(x float64) float64 { return math.Jn(2, x) }},
		{"J-3", func(x float64) float64 { return math.Jn(-3, x) }},
		{"J40", func(x float64) float64 { return math.Jn(40, x) }},
		{"Y2", func(x float64) float64 { return math.Yn(2, x) }},
		{"Y-3", func(x float64) float64 { return math.Yn(-3, x) }},
		{"Y-4", func(x float64) float64 { return math.Yn(-4, x) }},
		{"Lgamma", func(x float64) float64 { l, s := math.Lgamma(x); return l * float64(s) }},
	}
	for _, f := range one {
		for _, x := range specials {
			show(f.name, x, f.f(x))
		}
	}
	for _, x := range specials {
		s, c := math.Sincos(x)
		i, fr := math.Modf(x)
		m, e := math.Frexp(x)
		fmt.Printf("Sincos(%v) = %v %v; Modf = %v %v (%016x); Frexp = %v %d; Ilogb = %d; Signbit = %v; IsNaN = %v; IsInf = %v %v %v\n",
			x, s, c, i, fr, math.Float64bits(fr), m, e, math.Ilogb(x), math.Signbit(x),
			math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
		fmt.Println("Ldexp", math.Ldexp(x, 1), math.Ldexp(x, -1), math.Ldexp(x, 1100), math.Ldexp(x, -1100),
			math.Ldexp(x, 1<<40), math.Ldexp(x, -1<<40), math.Ldexp(x, -1074), math.Ldexp(x, -1075))
		fmt.Println("float32", math.Float32bits(float32(x)), math.Nextafter32(float32(x), 1), math.Nextafter32(float32(x), float32(math.Inf(-1))))
	}
	two := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Pow", math.Pow}, {"Mod", math.Mod},
		{"Remainder", math.Remainder}, {"Nextafter", math.Nextafter}, {"Copysign", math.Copysign},
		{"Dim", math.Dim}, {"Max", math.Max}, {"Min", math.Min},
	}
	for _, f := range two {
		for _, x := range pairs {
			for _, y := range pairs {
				show2(f.name, x, y, f.f(x, y))
			}
		}
	}
	for _, x := range pairs {
		for _, y := range pairs {
			fmt.Println("FMA", x, y, math.FMA(x, y, 1), math.FMA(x, y, math.Inf(-1)), math.FMA(x, y, negZero))
		}
	}
	fmt.Println(math.Ldexp(2, math.MaxInt64), math.Ldexp(1, math.MaxInt64), math.Ldexp(0.5, math.MinInt64), math.Ldexp(1, math.MinInt64+1))
	fmt.Println(math.Jn(math.MinInt64, 1.5), math.Yn(math.MinInt64, 1.5), math.Jn(-5, -2.5), math.Yn(-5, 0), math.Yn(-6, 0), math.Jn(300, 1e-10), math.Jn(30, 1e-10), math.Yn(300, 1e-300))
	for _, n := range []int{-400, -324, -323, -322, -308, -1, 0, 1, 22, 23, 308, 309, 1000} {
		fmt.Println("Pow10", n, math.Pow10(n))
	}
	fmt.Println(math.Float32frombits(0x7f800000), math.Float32frombits(1), math.Float32frombits(0x80000000), math.Float32bits(float32(math.NaN())))
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1), math.Inf(0))
}
