// float_print: print and println write floats as gc's runtime.printfloat
// does: a sign, 7 significant digits (rounded by adding 5e-7 after scaling
// into [1, 10), then truncated), e, a signed 3-digit exponent; NaN, +Inf,
// -Inf; a float32 is widened to float64 first.
package main

func main() {
	println(1.5, -2.5, 0.0, 100.0, 1e100, 1e-7, 123456789.0, 0.1)
	println(1e308, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 1e-320)
	println(9.9999995, 9.9999994, 0.99999995, 1.0000005, 1.00000049, 999999.95, 5e-7)
	println(3.14159265358979, -2.718281828459045, 6.02214076e23, 1.602176634e-19)
	var f32 float32 = 0.1
	println(f32, float32(1)/3, float32(16777217), float32(3.4028234e38), float32(1e-45))
	zero := 0.0
	println(-zero, zero, 1/zero, -1/zero, zero/zero)
	var nz32 float32
	nz32 = -nz32
	println(nz32, -nz32)
	print(1.25, 2.5, "\n")
	print("x=", 0.5, " y=", -0.5, "\n")
	x := 1.0
	for i := 0; i < 25; i++ {
		print(x, " ")
		x *= -7.5
	}
	println()
	y := 1.0
	for i := 0; i < 12; i++ {
		println(y, float32(y))
		y /= 1000
	}
}
