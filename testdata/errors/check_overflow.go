// Constants that do not fit their type, and constant division by zero.
package main

func main() {
	var a int8 = 128    // ERROR `cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)`
	var b uint8 = -1    // ERROR `cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)`
	const big = 1 << 64
	var c int = big // ERROR `cannot use big \(untyped int constant 18446744073709551616\) as int value in variable declaration \(overflows\)`
	d := 10 / 0     // ERROR "invalid operation: division by zero"
	var e int64 = 9223372036854775807 + 1 // ERROR `\(untyped int constant 9223372036854775808\) as int64 value in variable declaration \(overflows\)`
	println(a, b, c, d, e)
}
