// Deferred closures run after the result values are set and may change named
// results.
package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func pair() (a int, b string) {
	defer func() {
		a++
		b += "!"
	}()
	a, b = 1, "x"
	return a + 10, b + "y"
}

func bare() (n int) {
	defer func() { n += 100 }()
	n = 5
	return
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	return "r"
}

func main() {
	println(double())
	println(pair())
	println(bare())
	println(order())
}
