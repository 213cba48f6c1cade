// mgc-only: go1.19 accepts this program; codegen does not lower these built-ins
// yet and its support gate must say so rather than crash.
package main

func main() {
	println(cap(make([]int, 2))) // ERROR "built-in make is not yet supported by mgc"
	recover() // ERROR "built-in recover is not yet supported by mgc"
	n := copy(make([]byte, 3), "abc") // ERROR "built-in copy is not yet supported by mgc"
	println(n)
}
