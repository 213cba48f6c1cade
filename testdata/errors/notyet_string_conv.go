// mgc-only: go1.19 accepts this program; codegen lowers strings, indexing,
// slicing, string(integer) and range over strings, but the conversions
// between strings and byte or rune slices need slices, and its support gate
// must say so rather than crash.
package main

func main() {
	s := "héllo"
	println(len([]byte(s)))  // ERROR "slices are not yet supported by mgc"
	println(len([]rune(s)))  // ERROR "slices are not yet supported by mgc"
	for i, r := range s[1:] { // a string: lowered
		println(i, r, s[i], string(r))
	}
}
