// Constant conversions must be exact for integers and fit for floats; a
// non-constant float converts to any numeric type, and to nothing else.
package main

const f float64 = 2.5
const g float64 = 1e300

func main() {
	println(int(2.5))      // ERROR `cannot convert 2.5 \(untyped float constant\) to type int`
	println(int(1e20))     // ERROR `cannot convert 1e20 \(untyped float constant 100000000000000000000\) to type int`
	println(uint(-1.0))    // ERROR `cannot convert -1.0 \(untyped float constant -1\) to type uint`
	println(float32(1e39)) // ERROR `cannot convert 1e39 \(untyped float constant 1e\+39\) to type float32`
	println(int(f))        // ERROR `cannot convert f \(constant 2.5 of type float64\) to type int`
	println(float32(g))    // ERROR `cannot convert g \(constant 1e\+300 of type float64\) to type float32`
	println(int8(1000))    // ERROR `cannot convert 1000 \(untyped int constant\) to type int8`
	println(string(65.0))  // ERROR `cannot convert 65.0 \(untyped float constant 65\) to type string`
	var x float64
	println(string(x)) // ERROR `cannot convert x \(variable of type float64\) to type string`
	println(int(x), uint8(x), float32(x), float64(int8(3)), int(2.0), float32(0.1))
}
