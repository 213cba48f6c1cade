// mgc-only: go1.19 accepts this program; codegen does not lower interfaces yet
// and its support gate must say so rather than crash.
package main

type shape interface{ area() int }

func describe(s shape) int { // ERROR "interfaces are not yet supported by mgc"
	return s.area()
}

func fail() error { // ERROR "interfaces are not yet supported by mgc"
	return nil
}

func main() {
	var x any = 5 // ERROR "interfaces are not yet supported by mgc"
	n, ok := x.(int)
	println(n, ok)
	err := fail()
	println(err == nil, describe(nil) == 0)
}
