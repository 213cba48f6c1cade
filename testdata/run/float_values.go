// float_values: the program that the support gate used to reject line by line
// (testdata/errors/notyet_floats.go): float package variables with and without
// initializers, a defined float32 type, float parameters and results, and
// untyped float constants, now compiled.
package main

var g float64

var h = 2.5

type F float32

const c = 2.5

func half(x float64) float64 { return x / 2 }

func get() F { return 0.1 }

func main() {
	var i int = 2.0
	println(int(c*2), i, 1.5 < c)
	x := 1.5
	println(2.5, x, g, h)
	println(half(1), half(x), half(h))
	println(float64(i) > 1, int(get()), get(), get()*10 == 1)
	g = x * h
	println(g, F(g), int(g), int8(-g))
}
