// Malformed exponents.

package main

func main() {
	a := 1e // ERROR "exponent has no digits"
	b := 0x1p // ERROR "exponent has no digits"
	c := 0x1.8 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	d := 0b1e2 // ERROR "'e' exponent requires decimal mantissa"
	e := 1p2 // ERROR "'p' exponent requires hexadecimal mantissa"
	f := 1e+ // ERROR "exponent has no digits"
	_, _, _, _, _, _ = a, b, c, d, e, f
}
