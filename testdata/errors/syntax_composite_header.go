// A composite literal of a bare type name in an if header needs parentheses.

package main

type T struct{}

func f(x T) { if x == T{} {} } // ERROR "syntax error: unexpected \{ at end of statement"

func main() {
	f(T{})
}
