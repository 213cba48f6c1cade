// mgc-only: go1.19 accepts this program; mgc does not support function values
// yet and must say so rather than crash.
package main

func f() int { return 1 }

var g = f // ERROR "function values are not yet supported by mgc"

func main() {
	k := f // ERROR "function values are not yet supported by mgc"
	println(k)
}
