// opt_swap: loops whose variables swap and rotate every iteration, so SSA's
// phis copy each other (opt/unssa.c must order the copies and break cycles),
// with breaks and continues making critical edges.
package main

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func swaps(n int) (int, int) {
	a, b := 1, 2
	for i := 0; i < n; i++ {
		a, b = b, a
	}
	return a, b
}

func rotate(n int) (int, int, int) {
	a, b, c := 1, 2, 3
	for i := 0; i < n; i++ {
		a, b, c = c, a, b
		if i == 5 {
			continue
		}
		if a == 100 {
			break
		}
	}
	return a, b, c
}

func lostcopy(n int) int {
	x := 0
	y := 0
	for i := 0; i < n; i++ {
		y = x
		x = x + 1
	}
	return y*1000 + x
}

func nested(n int) int {
	s, t := 0, 1
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			s, t = t, s+j
			if j%3 == 0 {
				s, t = t, s
			}
		}
	}
	return s*7 + t
}

func floats(n int) (float64, float64) {
	x, y := 1.5, -2.25
	for i := 0; i < n; i++ {
		x, y = y*2, x
	}
	return x, y
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	for n := 0; n < 10; n++ {
		a, b := swaps(n)
		p, q, r := rotate(n)
		println(n, fib(n), a, b, p, q, r, lostcopy(n), nested(n))
	}
	x, y := floats(5)
	println(x, y, fib(90), gcd(1071, 462), gcd(17, 5))
	a, b := 3, 4
	for i := 0; i < 3; i++ {
		a, b = b, a
		println(a, b)
	}
}
