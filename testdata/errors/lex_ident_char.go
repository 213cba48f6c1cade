// Non-letters inside identifiers.

package main

func main() {
	x·y := 1 // ERROR "invalid character U\+00B7 '.' in identifier"
	_ = x·y // ERROR "invalid character U\+00B7 '.' in identifier"
}
