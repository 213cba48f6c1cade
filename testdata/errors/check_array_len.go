// Array lengths must be non-negative integer constants that fit in int.
package main

const N = 3

var n = 3

type A1 [-1]int // ERROR `invalid array length -1 \(untyped int constant\)`

type A2 [n]int // ERROR `invalid array length n`

type A3 [1.5]int // ERROR `array length 1\.5 \(untyped float constant\) must be integer`

type A4 ["3"]int // ERROR `array length "3" \(untyped string constant\) must be integer`

type A5 [1 << 63]int // ERROR `array length 1 << 63 \(untyped int constant 9223372036854775808\) must be integer`

type A6 [N * 2]int

type A7 [N - 4]bool // ERROR `invalid array length N - 4 \(untyped int constant -1\)`

type A8 [2.0]string

func main() {
	var a [len("ab")]int
	var b [len(a) * 2]int
	var m int = 2   // ERROR `m declared but not used`
	var c [m]int    // ERROR `invalid array length m`
	var d [true]int // ERROR `array length true \(untyped bool constant\) must be integer`
	_, _, _, _ = a, b, c, d
	var e A6
	var f A8
	_, _ = e, f
}
