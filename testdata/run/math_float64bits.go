package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -2, 0.1, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Pi} {
		b := math.Float64bits(f)
		fmt.Printf("%v %016x %v\n", f, b, math.Float64frombits(b) == f)
	}
	fmt.Println(math.Float64frombits(0x3ff0000000000001), math.Float64frombits(0x7ff8000000000000), math.Float64frombits(1), math.Float64frombits(0x8000000000000000))
	var u uint64 = math.Float64bits(1.5) >> 52
	fmt.Println(u, math.Float64bits(math.NaN())&1)
}
