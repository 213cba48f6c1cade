// mgc-only: go1.19 accepts this program. Complex numbers are outside mini-Go:
// the names complex64 and complex128 are rejected wherever a type is written.
package main

var c complex128 // ERROR "complex numbers are not supported by mgc"

type pair struct {
	re, im float32
	z      complex64 // ERROR "complex numbers are not supported by mgc"
}

func conj(x complex64) float64 { // ERROR "complex numbers are not supported by mgc"
	return 0
}

func main() {
	var p pair
	println(p.re, conj)
}
