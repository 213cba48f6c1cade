// Untyped integer constants are exact but limited to 512 bits, and constant
// shift counts to 1074 (types2's bounds).
package main

const (
	c0 = 1 << 100
	c1 = c0 * c0
	c2 = c1 * c1
	c3 = c2 * c2 // ERROR "constant multiplication overflow"
	c4 = 1 << 2000 // ERROR `invalid operation: invalid shift count 2000 \(untyped int constant\)`
	c5 = 1<<511 - 1 + 1<<511
)

func main() {
	println(c1>>190, c5>>1020)
}
