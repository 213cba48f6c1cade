// float_integrate: numeric integration (midpoint, trapezoid and Simpson's
// rules) of polynomials and of 4/(1+x^2), whose integral over [0, 1] is pi.
// Each rule is a loop that accumulates floats; the function to integrate is
// chosen by number, since function values are not lowered yet.
package main

func f(which int, x float64) float64 {
	switch which {
	case 0:
		return x * x
	case 1:
		return 4 / (1 + x*x)
	case 2:
		return x*x*x - x + 1
	}
	return 1 / x
}

func midpoint(which int, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := 0.0
	for i := 0; i < n; i++ {
		sum += f(which, a+(float64(i)+0.5)*h)
	}
	return sum * h
}

func trapezoid(which int, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := (f(which, a) + f(which, b)) / 2
	for i := 1; i < n; i++ {
		sum += f(which, a+float64(i)*h)
	}
	return sum * h
}

func simpson(which int, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := f(which, a) + f(which, b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			sum += 4 * f(which, x)
		} else {
			sum += 2 * f(which, x)
		}
	}
	return sum * h / 3
}

// simpson32 is Simpson's rule in float32: the error stops shrinking early.
func simpson32(a, b float32, n int) float32 {
	h := (b - a) / float32(n)
	sum := 4/(1+a*a) + 4/(1+b*b)
	for i := 1; i < n; i++ {
		x := a + float32(i)*h
		y := 4 / (1 + x*x)
		if i%2 == 1 {
			y *= 4
		} else {
			y *= 2
		}
		sum += y
	}
	return sum * h / 3
}

func main() {
	const pi = 3.14159265358979323846
	for n := 2; n <= 2048; n *= 4 {
		m := midpoint(1, 0, 1, n)
		t := trapezoid(1, 0, 1, n)
		s := simpson(1, 0, 1, n)
		s32 := simpson32(0, 1, n)
		println(n, m, t, s, s32)
		println("  errors", m-pi, t-pi, s-pi, float64(s32)-pi)
	}
	println(simpson(0, 0, 3, 6), simpson(2, -1, 2, 10), trapezoid(3, 1, 2.718281828459045, 1000))
}
