// mgc-only: go1.19 accepts this program; codegen initializes a package variable
// from its own value only and its support gate must say so rather than crash.
package main

func pair() (int, string) { return 1, "a" }

var n, s = pair() // ERROR "multi-value package variable initialization is not yet supported by mgc"

func main() {
	println(n, s)
}
