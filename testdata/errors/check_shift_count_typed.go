// mgc-only: gc 1.19 accepts a typed constant shift count that is not an
// integer and then crashes (internal compiler error); mgc reports it.
package main

const s string = "a"
const f float64 = 2

func main() {
	var i int
	println(i << s) // ERROR `invalid operation: shift count s \(constant "a" of type string\) must be integer`
	println(i >> f) // ERROR `invalid operation: shift count f \(constant 2 of type float64\) must be integer`
	println(1 << f) // ERROR `invalid operation: shift count f \(constant 2 of type float64\) must be integer`
}
