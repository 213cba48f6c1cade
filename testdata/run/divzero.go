// divzero: integer division by a zero variable panics at run time (exit status 2).
package main

func div(a, b int) int {
	return a / b
}

func main() {
	println("10/2 =", div(10, 2))
	zero := 0
	println("about to divide by", zero)
	println(div(1, zero))
	println("not reached")
}
