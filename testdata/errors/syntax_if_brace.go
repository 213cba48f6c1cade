// An if header followed by something other than {.

package main

func main() {
	x := true
	if x y { // ERROR "syntax error: unexpected y, expecting \{"
	}
}
