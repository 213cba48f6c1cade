// Unused imports and local variables are errors; unused parameters are not.
package main

import "os" // ERROR `imported and not used: "os"`

func f(unused int) {}

func main() {
	a := 1       // ERROR "a declared but not used"
	var b string // ERROR "b declared but not used"
	c, d := 1, 2 // ERROR "c declared but not used"
	println(d)
	f(0)
}
