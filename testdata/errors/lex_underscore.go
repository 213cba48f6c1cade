// Misplaced '_' separators.

package main

func main() {
	a := 1__0 // ERROR "'_' must separate successive digits"
	b := 0x_1_ // ERROR "'_' must separate successive digits"
	c := 1_.5 // ERROR "'_' must separate successive digits"
	_, _, _ = a, b, c
}
