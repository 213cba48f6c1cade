// mgc-only: go1.19 accepts this program; mgc does not call function values
// yet and must say so rather than crash.
package main

func apply(f func(int) int, x int) int {
	return f(x) // ERROR "calls of function values are not yet supported by mgc"
}

type Op func(int) int // ERROR "defined function types are not yet supported by mgc"

func main() {
	println(1)
}
