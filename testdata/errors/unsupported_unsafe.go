// mgc-only: go1.19 accepts this program. Package unsafe is outside mini-Go: its
// import is rejected, and its uses say nothing more.
package main

import "unsafe" // ERROR "package unsafe is not supported by mgc"

func main() {
	var x int64
	p := unsafe.Pointer(&x)
	println(unsafe.Sizeof(x), p != nil)
}
