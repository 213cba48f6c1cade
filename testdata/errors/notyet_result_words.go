// mgc-only: go1.19 accepts this program; codegen returns at most 16 words of
// results (a string is 2) and its support gate must say so rather than crash.
package main

func nine() (string, string, string, string, string, string, string, string, string) { // ERROR "results of more than 16 words are not yet supported by mgc"
	return "a", "b", "c", "d", "e", "f", "g", "h", "i"
}

// Exactly 16 words is fine.
func eight() (string, string, string, string, string, string, string, string) {
	return "a", "b", "c", "d", "e", "f", "g", "h"
}

func main() {
	println(nine())
	println(eight())
}
