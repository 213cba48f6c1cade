// mgc-only: go1.19 accepts this program; codegen does not lower these built-ins
// yet and its support gate must say so rather than crash.
package main

func main() {
	recover() // ERROR "built-in recover is not yet supported by mgc"
}
