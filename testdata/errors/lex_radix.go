// Radix points in binary and octal literals.

package main

func main() {
	a := 0b1.0 // ERROR "invalid radix point in binary literal"
	b := 0o7.1 // ERROR "invalid radix point in octal literal"
	_, _ = a, b
}
