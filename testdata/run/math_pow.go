package main

import (
	"fmt"
	"math"
)

func main() {
	nan, inf, negz := math.NaN(), math.Inf(1), math.Copysign(0, -1)
	xs := []float64{0, negz, 1, -1, 2, -2, 0.5, -0.5, 10, inf, -inf, nan, 1e300, 3}
	ys := []float64{0, negz, 1, -1, 2, -2, 3, -3, 0.5, -0.5, 1.5, inf, -inf, nan, 1e20, 1e19 + 1, 0.1}
	for _, x := range xs {
		for _, y := range ys {
			fmt.Print(math.Pow(x, y), " ")
		}
		fmt.Println()
	}
	fmt.Println(math.Pow(2, 10), math.Pow(10, -2), math.Pow(1.0001, 10000), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(7, 1.0/3), math.Pow(2, 1023), math.Pow(2, 1024), math.Pow(2, -1074), math.Pow(2, -1075), math.Pow(1.5, 200.25))
}
