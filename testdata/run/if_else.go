// if_else: if, else if, else, init statements and the scope of their variables.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func sq(n int) int { return n * n }

func main() {
	println(classify(-5), classify(0), classify(7), classify(100))
	x := 1
	if x := sq(4); x > 10 {
		println("inner x", x)
	} else {
		println("unreachable", x)
	}
	println("outer x", x)
	if y := sq(2); y > 10 {
		println("big", y)
	} else if z := y * 3; z > 10 {
		println("mid", y, z)
	} else {
		println("small", y, z)
	}
	if x == 1 {
		x = 2
	}
	if x == 1 {
		println("no")
	}
	println(x)
	if !(x > 5) {
		println("not greater")
	}
}
