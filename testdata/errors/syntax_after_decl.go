// Junk after a top-level declaration.

package main

var x int y // ERROR "syntax error: unexpected y after top level declaration"

func main() {
	_ = x
}
