// Floats have + - * / and comparisons, not % or the bitwise operators; a
// constant float divisor must not be zero unless the dividend is a float
// variable.
package main

func main() {
	var f float64
	var g float32
	var i int
	println(f % 2)    // ERROR `invalid operation: operator % not defined on f \(variable of type float64\)`
	println(f & 1)    // ERROR `invalid operation: operator & not defined on f \(variable of type float64\)`
	println(^f)       // ERROR `invalid operation: operator \^ not defined on f \(variable of type float64\)`
	println(7.0 % 2)  // ERROR `invalid operation: operator % not defined on 7.0 \(untyped float constant 7\)`
	println(2.5 &^ 1) // ERROR `invalid operation: operator &\^ not defined on 2.5 \(untyped float constant\)`
	println(f + g)    // ERROR `invalid operation: f \+ g \(mismatched types float64 and float32\)`
	println(f == g)   // ERROR `invalid operation: f == g \(mismatched types float64 and float32\)`
	println(i / 2.5)  // ERROR `2.5 \(untyped float constant\) truncated to int`
	println(1.0 / 0)  // ERROR "invalid operation: division by zero"
	println(i / 0.0)  // ERROR "invalid operation: division by zero"
	println(f/0.0, -f, +f, f*2.5-1, f < 1.5, g+1, f/3, 7/2.0)
}
