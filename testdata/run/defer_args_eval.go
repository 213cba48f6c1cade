// A deferred call's function value and arguments are evaluated at the defer
// statement, the call made later.
package main

func show(tag string, n int, s string) { println(tag, n, s) }

func next(p *int) int {
	*p++
	return *p
}

func main() {
	x := 1
	s := "before"
	defer show("args", x, s)
	defer show("calls", next(&x), s+"!")
	f := func(n int) { println("first f", n) }
	defer f(x)
	f = func(n int) { println("second f", n) }
	x = 100
	s = "after"
	println("body", x, s)
}
