// A statement followed by more on its line.

package main

func main() {
	x := 1 y // ERROR "syntax error: unexpected y at end of statement"
	_ = x
}
