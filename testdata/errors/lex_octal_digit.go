// Digits beyond an octal or binary literal's base.

package main

func main() {
	x := 08 // ERROR "invalid digit '8' in octal literal"
	y := 0o19 // ERROR "invalid digit '9' in octal literal"
	z := 0b102 // ERROR "invalid digit '2' in binary literal"
	_, _, _ = x, y, z
}
