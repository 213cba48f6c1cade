// mgc-only: go1.19 accepts this program; codegen panics with strings only (as
// Go prints them) and its support gate must say so rather than crash.
package main

type code string

func check(n int) {
	if n < 0 {
		panic(n) // ERROR "panic with a non-string value is not yet supported by mgc"
	}
	if n > 100 {
		panic(code("too big")) // ERROR "panic with a value of a defined string type is not yet supported by mgc"
	}
}

func main() {
	check(1)
	panic("a string is fine")
}
