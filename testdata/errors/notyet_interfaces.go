// mgc-only: go1.19 accepts this program; codegen does not lower type
// assertions yet and its support gate must say so rather than crash.
package main

type shape interface{ area() int }

func describe(s shape) int {
	return s.area()
}

func fail() error {
	return nil
}

func main() {
	var x any = 5
	n, ok := x.(int) // ERROR "type assertions are not yet supported by mgc"
	println(n, ok)
	err := fail()
	println(err == nil, describe(nil) == 0)
}
