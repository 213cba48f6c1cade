// mgc-only: go1.19 accepts this program; mgc does not lower function values
// yet and must say so, at the declaration, rather than crash.
package main

func apply(f func(int) int, x int) int { // ERROR "function values are not yet supported by mgc"
	return f(x)
}

type Op func(int) int

func main() {
	println(1)
}
