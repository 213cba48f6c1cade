// mgc-only: go1.19 accepts this program; mgc links with the small code model,
// whose static data must stay well under 2 GB, and must say so rather than
// fail in the linker.
package main

var a [1<<31 - 1024]byte // ERROR "package variables of 1 GB or more are not yet supported by mgc"

var small [1 << 20]byte

func main() {
	println(a[0], small[0])
}
