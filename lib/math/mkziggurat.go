//go:build ignore

// mkziggurat prints the ziggurat tables of lib/math/rand.go's NormFloat64
// and ExpFloat64 (kn, wn, fn and ke, we, fe), computed as Marsaglia and Tsang
// give them ("The Ziggurat Method for Generating Random Variables", 2000):
// 128 rectangles of equal area v under the normal density from the tail
// start r = 3.442619855899, 256 under the exponential one from
// r = 7.697117470131487; k[i] is the fraction of a rectangle that lies under
// the next one (scaled to 2^31 or 2^32), w[i] the width per unit of the
// random integer, f[i] the density at the rectangle's edge.
// Run: go run lib/math/mkziggurat.go > /tmp/t (then paste into rand.go)
package main

import (
	"fmt"
	"math"
)

func table(name string, n int, r, v, m float64, density func(float64) float64, inverse func(x, v float64) float64) {
	k := make([]uint32, n)
	w := make([]float32, n)
	f := make([]float32, n)
	q := v / density(r)
	k[0] = uint32(r / q * m)
	k[1] = 0
	w[0] = float32(q / m)
	w[n-1] = float32(r / m)
	f[0] = 1
	f[n-1] = float32(density(r))
	x, t := r, r
	for i := n - 2; i >= 1; i-- {
		x = inverse(x, v)
		k[i+1] = uint32(x / t * m)
		t = x
		f[i] = float32(density(x))
		w[i] = float32(x / m)
	}
	fmt.Printf("var k%s = [%d]uint32{", name, n)
	for i, x := range k {
		if i%6 == 0 {
			fmt.Print("\n\t")
		} else {
			fmt.Print(" ")
		}
		fmt.Printf("0x%x,", x)
	}
	fmt.Printf("\n}\n\nvar w%s = [%d]float32{", name, n)
	for i, x := range w {
		if i%4 == 0 {
			fmt.Print("\n\t")
		} else {
			fmt.Print(" ")
		}
		fmt.Printf("%v,", x)
	}
	fmt.Printf("\n}\n\nvar f%s = [%d]float32{", name, n)
	for i, x := range f {
		if i%4 == 0 {
			fmt.Print("\n\t")
		} else {
			fmt.Print(" ")
		}
		fmt.Printf("%v,", x)
	}
	fmt.Printf("\n}\n\n")
}

func main() {
	normal := func(x float64) float64 { return math.Exp(-.5 * x * x) }
	table("n", 128, 3.442619855899, 9.91256303526217e-3, 1<<31, normal,
		func(x, v float64) float64 { return math.Sqrt(-2 * math.Log(v/x+normal(x))) })
	exp := func(x float64) float64 { return math.Exp(-x) }
	table("e", 256, 7.697117470131487, 3.949659822581572e-3, 1<<32, exp,
		func(x, v float64) float64 { return -math.Log(v/x + exp(x)) })
}
