// A package variable is a symbol of at most 2,000,000,000 bytes (gc's object
// writer rejects a larger one, with the variable's link name).
package main

var a [1<<31 - 1024]byte // ERROR "main.a: symbol too large \(2147482624 bytes > 2000000000 bytes\)"

var small [1 << 20]byte

func main() {
	println(a[0], small[0])
}
