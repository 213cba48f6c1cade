// An array type whose size passes gc's 1<<50-byte limit (types.MaxWidth on
// amd64) is rejected after type checking, at each array type that is too
// large, as gc's layout of types reports it.
package main

type T [1 << 50]byte // ERROR "type \[1125899906842624\]byte larger than address space"

type U [4][1 << 47]int32 // ERROR "type \[4\]\[140737488355328\]int32 larger than address space"

var x [1 << 62]byte // ERROR "type \[4611686018427387904\]byte larger than address space"

// Not too large: zero-size elements, and 1<<50 - 1 bytes.
var empty [1 << 62]struct{}

func main() {
	var p *T
	var q *U
	var m *[1<<50 - 1]byte
	println(p, q, m, len(x), len(empty))
}
