// mgc-only: go1.19 accepts this program. Complex numbers are outside mini-Go:
// the built-ins complex, real and imag are rejected at their calls.
package main

func main() {
	x, y := 1.0, 2.0
	z := complex(x, y) // ERROR "complex numbers are not supported by mgc"
	println(z)
	println(real(3)) // ERROR "complex numbers are not supported by mgc"
	println(imag(y)) // ERROR "complex numbers are not supported by mgc"
}
