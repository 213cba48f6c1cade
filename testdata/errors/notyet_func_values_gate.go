// mgc-only: go1.19 accepts this program; codegen does not lower function values
// yet and its support gate must say so rather than crash.
package main

type op func(int) int

func twice(f func(int) int, x int) int { // ERROR "function values are not yet supported by mgc"
	return f(f(x))
}

func inc(x int) int { return x + 1 }

var table op = inc // ERROR "function values are not yet supported by mgc"

func main() {
	g := inc // ERROR "function values are not yet supported by mgc"
	println(g(1), twice(inc, 1), table(2))
	println(inc != nil) // ERROR "function values are not yet supported by mgc"
}
