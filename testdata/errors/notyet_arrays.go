// mgc-only: go1.19 accepts this program; codegen does not lower arrays yet and
// its support gate must say so rather than crash.
package main

var grid [3][3]int // ERROR "arrays are not yet supported by mgc"

func main() {
	var a [4]int // ERROR "arrays are not yet supported by mgc"
	a[0] = 1
	grid[1][1] = a[0]
	println(grid[1][1], len(a)) // len(a) is the constant 4
	b := [...]string{"x", "y"} // ERROR "composite literals are not yet supported by mgc"
	println(b[1])
}
