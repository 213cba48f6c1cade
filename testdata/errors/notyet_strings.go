// mgc-only: go1.19 accepts this program; codegen lowers strings but not yet
// indexing, slicing and integer-to-string conversions, and its support gate
// must say so rather than crash.
package main

func main() {
	s := "hello"
	println(s[0])   // ERROR "indexing strings is not yet supported by mgc"
	println(s[1:3]) // ERROR "slicing is not yet supported by mgc"
	n := 66
	println(string(rune(n))) // ERROR "conversions from integer to string are not yet supported by mgc"
	println(string(rune(65))) // a constant: lowered as "A"
}
