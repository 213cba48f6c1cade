// Messages show a float constant's value with six significant digits, as
// gc's go/constant does, whatever its size.
package main

func main() {
	var a int8 = 0.1              // ERROR `cannot use 0.1 \(untyped float constant\) as int8 value`
	var b int8 = 123456789.5      // ERROR `cannot use 123456789.5 \(untyped float constant 1.23457e\+08\) as int8 value`
	var c int8 = 0.000012345      // ERROR `cannot use 0.000012345 \(untyped float constant 1.2345e-05\) as int8 value`
	var d int8 = 1e-320           // ERROR `cannot use 1e-320 \(untyped float constant 9.99989e-321\) as int8 value`
	var e int8 = 0x1p-1074        // ERROR `cannot use 0x1p-1074 \(untyped float constant 4.94066e-324\) as int8 value`
	var f int8 = -1e-400          // ERROR `cannot use -1e-400 \(untyped float constant\) as int8 value`
	var g int8 = 2.0 / 3 * 1e5000 // ERROR `cannot use 2.0 / 3 \* 1e5000 \(untyped float constant 6.66667e\+4999\) as int8 value`
	var h int8 = 100000.5         // ERROR `cannot use 100000.5 \(untyped float constant 100000\) as int8 value`
	var i int8 = 999999.5         // ERROR `cannot use 999999.5 \(untyped float constant 1e\+06\) as int8 value`
	println(a, b, c, d, e, f, g, h, i)
}
