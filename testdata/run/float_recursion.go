// float_recursion: recursive functions over floats: exponentiation by
// squaring, the golden ratio as a continued fraction, mutual recursion and a
// recursive sum whose rounding depends on the order of the additions.
package main

func pow(x float64, n int) float64 {
	switch {
	case n == 0:
		return 1
	case n < 0:
		return 1 / pow(x, -n)
	case n%2 == 0:
		h := pow(x, n/2)
		return h * h
	}
	return x * pow(x, n-1)
}

// phi is 1 + 1/(1 + 1/(1 + ...)) to depth n.
func phi(n int) float64 {
	if n == 0 {
		return 1
	}
	return 1 + 1/phi(n-1)
}

// even and odd halve x until it is below 1, alternating.
func even(x float64, depth int) (float64, int) {
	if x < 1 {
		return x, depth
	}
	return odd(x/2, depth+1)
}

func odd(x float64, depth int) (float64, int) {
	if x < 1 {
		return -x, depth
	}
	return even(x/2, depth+1)
}

// sumUp adds 1/i for i = lo..hi from the smallest term (the most accurate
// order); sumDown from the largest. float32 makes the difference visible.
func sumUp(lo, hi int) float32 {
	if lo > hi {
		return 0
	}
	return sumUp(lo+1, hi) + 1/float32(lo)
}

func sumDown(lo, hi int, acc float32) float32 {
	if lo > hi {
		return acc
	}
	return sumDown(lo+1, hi, acc+1/float32(lo))
}

func main() {
	println(pow(2, 10), pow(2, -3), pow(1.0001, 10000), pow(10, 308), pow(10, 309), pow(-2, 1023))
	println(pow(0.5, 1074), pow(0.5, 1075))
	println(phi(1), phi(10), phi(40), phi(40)*phi(40)-phi(40)-1)
	println(even(1000, 0))
	println(even(1e300, 0))
	up, down := sumUp(1, 5000), sumDown(1, 5000, 0)
	println(up, down, up == down, float64(up)-float64(down))
}
