// Function values: package functions, literals and nil compared and called.
package main

type op func(int) int

func twice(f func(int) int, x int) int {
	return f(f(x))
}

func inc(x int) int { return x + 1 }

var table op = inc

func main() {
	g := inc
	println(g(1), twice(inc, 1), table(2))
	println(inc != nil)
}
