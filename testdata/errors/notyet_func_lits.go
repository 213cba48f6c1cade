// mgc-only: go1.19 accepts this program; codegen does not lower function
// literals yet and its support gate must say so rather than crash.
package main

func main() {
	add := func(a, b int) int { return a + b } // ERROR "function literals are not yet supported by mgc"
	println(add(1, 2))
	func() { println("now") }() // ERROR "function literals are not yet supported by mgc"
}
