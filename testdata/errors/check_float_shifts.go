// A shifted constant may be an untyped float with an integer value (1.0 << 3);
// in a non-constant shift it takes the type the context gives it, which must
// be an integer type. A shift count may be an integral float constant.
package main

func main() {
	var s uint = 2
	var f float64
	println(2.5 << 1)      // ERROR `invalid operation: shifted operand 2.5 \(untyped float constant\) must be integer`
	println(f << 1)        // ERROR `invalid operation: shifted operand f \(variable of type float64\) must be integer`
	println(1 << f)        // ERROR `invalid operation: shift count f \(variable of type float64\) must be integer`
	println(1 << 2.5)      // ERROR `2.5 \(untyped float constant\) truncated to uint`
	println(1 << -1.0)     // ERROR `invalid operation: negative shift count -1.0 \(untyped float constant -1\)`
	var g float64 = 1 << s // ERROR `invalid operation: 1 << s \(shift of type float64\)`
	x := 1.0 << s          // ERROR `invalid operation: 1.0 << s \(shift of type float64\)`
	println(1<<s == 1.5)   // ERROR `invalid operation: 1 << s \(shift of type float64\)`
	var b int8 = 1000 << s // ERROR `1000 \(untyped int constant\) overflows int8`
	var i int = 1.0 << s
	const c = 1.0 << 3
	println(g, x, b, i, c, 1<<2.0, int(1.5e1<<s))
}
