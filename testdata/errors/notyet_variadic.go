// mgc-only: go1.19 accepts this program; codegen does not lower variadic
// functions yet and its support gate must say so rather than crash.
package main

func sum(xs ...int) int { // ERROR "variadic parameters are not yet supported by mgc"
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

func main() {
	println(sum(1, 2, 3))
}
