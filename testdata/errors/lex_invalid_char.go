// Invalid characters outside identifiers, as gc reports them.

package main

func main() {
	x := 1 @ // ERROR "invalid character U\+0040 '@'"
	_ = x
	y := $ // ERROR "invalid character U\+0024 '\$'"
	_ = y // ERROR "syntax error: unexpected = at end of statement"
}
