// init_panic: a panic during package initialisation stops the program before main with exit status 2.
package main

var first = announce("first")

var ratio = divide(10, zero())

func announce(s string) string {
	println("announce", s)
	return s
}

func zero() int {
	println("zero called")
	return 0
}

func divide(a, b int) int {
	println("divide", a, b)
	if b == 0 {
		panic("division by zero in " + first)
	}
	return a / b
}

func init() {
	println("init never runs")
}

func main() {
	println("main never runs", ratio)
}
