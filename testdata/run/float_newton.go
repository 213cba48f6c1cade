// float_newton: Newton's method for square roots, cube roots and a root of a
// polynomial, written recursively: floats as parameters and results through
// deep call chains, with a convergence test on |x*x - a|.
package main

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// sqrt improves the guess x until it stops changing (or after 100 steps).
func sqrt(a, x float64, steps int) float64 {
	next := (x + a/x) / 2
	if next == x || steps == 100 {
		return next
	}
	return sqrt(a, next, steps+1)
}

func cbrt(a, x float64, steps int) (float64, int) {
	next := (2*x + a/(x*x)) / 3
	if abs(next-x) <= 1e-15*abs(x) || steps == 200 {
		return next, steps
	}
	return cbrt(a, next, steps+1)
}

// poly is x^3 - 2x - 5 (Wallis's example) and dpoly its derivative.
func poly(x float64) float64  { return x*x*x - 2*x - 5 }
func dpoly(x float64) float64 { return 3*x*x - 2 }

func newton(x float64, n int) float64 {
	if n == 0 {
		return x
	}
	return newton(x-poly(x)/dpoly(x), n-1)
}

func sqrt32(a, x float32, steps int) float32 {
	next := (x + a/x) / 2
	if next == x || steps == 50 {
		return next
	}
	return sqrt32(a, next, steps+1)
}

func main() {
	for i := 1; i <= 10; i++ {
		a := float64(i)
		r := sqrt(a, a, 0)
		println(i, r, r*r, r*r == a)
	}
	println(sqrt(2e300, 1, 0), sqrt(1e-300, 1, 0))
	c, steps := cbrt(27, 1, 0)
	println(c, steps)
	c, steps = cbrt(-1000, -1, 0)
	println(c, steps)
	root := newton(2, 6)
	println(root, poly(root))
	println(sqrt32(2, 1, 0), sqrt32(2, 1, 0)*sqrt32(2, 1, 0))
}
