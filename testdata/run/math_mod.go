package main

import (
	"fmt"
	"math"
)

func main() {
	nan, inf := math.NaN(), math.Inf(1)
	for _, p := range [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {7.5, 2}, {1, 0}, {inf, 1}, {1, inf}, {-1, inf}, {nan, 1}, {1, nan}, {0, 5}, {math.Copysign(0, -1), 5}, {1e300, 3}, {5e-324, 1e-320}, {10, 0.1}} {
		r := math.Mod(p[0], p[1])
		fmt.Println(p[0], p[1], r, math.Signbit(r))
	}
}
