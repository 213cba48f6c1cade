// A parenthesized expression missing its ).

package main

func main() {
	x := (1 2) // ERROR "syntax error: unexpected literal 2, expecting \)"
	_ = x
}
