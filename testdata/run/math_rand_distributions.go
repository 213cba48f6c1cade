// math/rand's NormFloat64, ExpFloat64 and Zipf: go1.19's exact sequences
// (the ziggurat's float32 tests and its tails included), hashed over long
// runs, and the top-level functions on the global source.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	for _, seed := range []int64{1, 2, 42, -7} {
		r := rand.New(rand.NewSource(seed))
		h := uint64(0)
		tails := 0
		for i := 0; i < 200000; i++ {
			n := r.NormFloat64()
			e := r.ExpFloat64()
			if math.Abs(n) > 3.442619855899 || e > 7.69711747013104972 {
				tails++
			}
			h = (h ^ math.Float64bits(n)) * 1099511628211
			h = (h ^ math.Float64bits(e)) * 1099511628211
		}
		fmt.Println(seed, h, tails, r.NormFloat64(), r.ExpFloat64())
	}
	r := rand.New(rand.NewSource(3))
	for _, p := range [][3]float64{{1.1, 1, 100}, {2, 1, 10}, {1.5, 3, 1000000}, {3, 10, 0}} {
		z := rand.NewZipf(r, p[0], p[1], uint64(p[2]))
		h := uint64(0)
		for i := 0; i < 50000; i++ {
			h = h*31 + z.Uint64()
		}
		fmt.Println(p, h, z.Uint64(), z.Uint64(), z.Uint64())
	}
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var z *rand.Zipf
	z.Uint64()
}
