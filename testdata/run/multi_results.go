// multi_results: functions returning several values of int, bool and string types.
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func lookup(n int) (string, bool) {
	if n == 1 {
		return "one", true
	}
	if n == 2 {
		return "two", true
	}
	return "", false
}

func three() (int, string, bool) {
	return 3, "three", true
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func forward() (int, int) {
	return divmod(100, 7)
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	x, y := swap("hello", "world")
	println(x, y)
	for i := 0; i < 4; i++ {
		name, ok := lookup(i)
		println(i, name, ok)
	}
	n, s, b := three()
	println(n, s, b)
	lo, hi := minmax(5, -2, 9)
	println(lo, hi)
	q, r = forward()
	println(q, r)
	_, r = divmod(9, 4)
	println(r)
	var a, c int
	a, c = divmod(-9, 4)
	println(a, c)
}
