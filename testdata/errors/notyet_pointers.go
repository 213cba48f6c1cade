// mgc-only: go1.19 accepts this program; codegen does not lower pointers yet and
// its support gate must say so rather than crash.
package main

func inc(p *int) { // ERROR "pointers are not yet supported by mgc"
	*p++
}

func main() {
	x := 1
	inc(&x)
	q := &x // ERROR "pointers are not yet supported by mgc"
	println(*q == 2)
	r := new(int) // ERROR "built-in new is not yet supported by mgc"
	_ = r
	var n *int = nil // ERROR "pointers are not yet supported by mgc"
	println(n == nil)
}
