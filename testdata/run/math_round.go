package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, math.Copysign(0, -1), 1.5, -1.5, 2.5, -0.5, 0.5, 1e300, -1e300, 4503599627370495.5, -4503599627370495.5, 1e-300, -1e-300, math.Inf(1), math.Inf(-1), math.NaN(), 123.999, -123.001} {
		f, c, t := math.Floor(x), math.Ceil(x), math.Trunc(x)
		fmt.Println(x, f, c, t, math.Signbit(f), math.Signbit(c), math.Signbit(t))
	}
}
