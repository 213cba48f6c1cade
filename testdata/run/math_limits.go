package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	var b int64 = math.MinInt64
	var c int32 = math.MaxInt32
	var d uint32 = math.MaxUint32
	var e uint64 = math.MaxUint64
	var f int = math.MaxInt
	var g int8 = math.MaxInt8
	var h uint16 = math.MaxUint16
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(a+1 == math.MinInt64, c+1, d+1, e+1, g+1)
	fmt.Printf("%T %T %T\n", math.MaxInt32, math.Pi, math.MaxInt8)
	const big = math.MaxUint64 / 2
	fmt.Println(big, math.MaxInt64 == big, float32(math.MaxFloat32), math.MaxFloat64*0.5)
	x := math.MaxFloat64
	fmt.Println(x*2, -x*2, math.SmallestNonzeroFloat64/2, math.SmallestNonzeroFloat32, float32(math.SmallestNonzeroFloat32))
	fmt.Println(math.MaxUint8, math.MaxInt16, math.MinInt16, math.MinInt32, math.MinInt, uint(math.MaxUint), math.MaxUint32)
	fmt.Println(math.Pi*2, math.E*math.E, math.Ln2*math.Log2E, math.Ln10*math.Log10E, math.Phi*math.Phi-math.Phi)
}
