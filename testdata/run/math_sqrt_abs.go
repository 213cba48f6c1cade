package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, math.Copysign(0, -1), 1, 2, 4, 1e-300, 1e300, 5e-324, -1, math.Inf(1), math.Inf(-1), math.NaN(), 0.25, 123456789} {
		s := math.Sqrt(x)
		fmt.Println(x, s, math.Signbit(s), math.Abs(x), math.Abs(-x), math.Signbit(math.Abs(x)))
	}
	fmt.Println(math.Sqrt(2)*math.Sqrt(2), math.Sqrt2, math.Sqrt(math.Pi) == math.SqrtPi, math.Copysign(3, -0.0), math.Copysign(-3, 1))
	h := 0.0
	for i := 0; i < 1000; i++ {
		h += math.Sqrt(float64(i))
	}
	fmt.Println(h)
}
