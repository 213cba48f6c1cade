// A var declaration without a type or value.

package main

func main() {
	var x // ERROR "syntax error: unexpected newline, expecting type"
	_ = x
}
