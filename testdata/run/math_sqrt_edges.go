// math.Sqrt at its edges (-0, denormals, huge, negative, infinities, NaN), as
// the sqrtsd instruction optimized code uses (opt/intrinsic.c) computes it.
package main

import "math"

func main() {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, 2, 4, 1e308, 5e-324, -1, math.Inf(1), math.Inf(-1), math.NaN()} {
		s := math.Sqrt(v)
		println(s, math.Float64bits(s), math.Sqrt(v*v), math.Sqrt(float64(float32(v))))
	}
}
