package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	var f32 float32 = math.MaxFloat32
	var i8 int8 = math.MinInt8
	fmt.Println(f32, i8, math.Pi/2, float32(math.Pi))
	fmt.Println(math.Max(3, math.NaN()), math.Max(math.Inf(1), math.NaN()), math.Min(math.Copysign(0, -1), 0), math.Max(math.Copysign(0, -1), 0), math.Min(-2, 5))
	fmt.Println(math.Abs(-0.0), math.Abs(math.Inf(-1)), math.Sqrt(-1), math.Sqrt(2), math.Floor(-1.5), math.Ceil(-0.5), math.Trunc(-2.7), math.Signbit(math.Ceil(-0.5)))
	fmt.Println(math.Pow(2, 10), math.Pow(0, -1), math.Pow(math.Copysign(0, -1), -3), math.Pow(-1, math.Inf(1)), math.Pow(-8, 1.0/3), math.Pow(2, 0.5), math.Pow(10, -2), math.Pow(1.0001, 10000))
	fmt.Printf("%x %v %v %v\n", math.Float64bits(math.NaN()), math.IsInf(math.Inf(-1), 0), math.IsInf(math.Inf(-1), 1), math.IsNaN(math.Log(-1)))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Mod(1, 0), math.Mod(5, math.Inf(1)), math.Exp(1), math.Log(math.E), math.Log(0), math.Exp(710), math.Exp(-750))
}
