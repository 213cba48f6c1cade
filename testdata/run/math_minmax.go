package main

import (
	"fmt"
	"math"
)

func main() {
	nan, inf, negz := math.NaN(), math.Inf(1), math.Copysign(0, -1)
	vals := []float64{1, -2, 0, negz, inf, -inf, nan}
	for _, x := range vals {
		for _, y := range vals {
			mx, mn := math.Max(x, y), math.Min(x, y)
			fmt.Printf("Max(%v,%v)=%v(%v) Min=%v(%v)\n", x, y, mx, math.Signbit(mx), mn, math.Signbit(mn))
		}
	}
}
