// mgc-only: go1.19 accepts this program (its limit is 2,000,000,000 bytes:
// check_symbol_too_large.go); mgc links with the small code model, whose
// static data must stay well under 2 GB, and must say so rather than fail in
// the linker.
package main

var a [1 << 30]byte // ERROR "package variables of 1 GB or more are not yet supported by mgc"

var small [1<<30 - 1]byte

func main() {
	println(a[0], small[0])
}
