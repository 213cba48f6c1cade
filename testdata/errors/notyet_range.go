// mgc-only: go1.19 accepts this program; codegen does not lower range loops yet
// and its support gate must say so rather than crash.
package main

func main() {
	for i, r := range "héllo" { // ERROR "range loops are not yet supported by mgc"
		println(i, r)
	}
	n := 0
	for range "abc" { // ERROR "range loops are not yet supported by mgc"
		n++
	}
	println(n)
}
