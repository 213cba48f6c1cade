// float_untyped: untyped constants in float expressions take the type of the
// other operand (1/3 of a float32 is a float32 third); an untyped float
// constant alone is a float64; integer constants convert exactly; constant
// expressions are folded exactly before rounding once.
package main

const third = 1.0 / 3
const huge = 1e300 * 1e300 / 1e300 // exact: no overflow in between
const tiny = 1e-320 * 1e10         // exact, not a subnormal product

func main() {
	x := third // float64
	var y float32 = third
	println(x, y, float64(y) == x, x*3 == 1, y*3 == 1)
	println(huge, tiny, huge > 1e299, tiny == 1e-310)

	var f32 float32 = 2
	f64 := 2.0
	println(f32/3, f64/3, 1/f32, 1/f64)
	println(f32*third, f64*third) // third becomes a float32 in the first product

	i := 7
	println(float64(i)/2, float32(i)/2, i/2)
	println(1e2, 'a'*1.0, 07.5, 0x1p-2, 0x1.8p1, 1_000.5, .25, 6.)

	const big = 1 << 100
	println(float64(big), float32(big), big/1e30)

	// 0.1 + 0.2 is exactly 0.3 as constants, not as float64 values.
	a, b := 0.1, 0.2
	println(0.1+0.2 == 0.3, a+b == 0.3, a+b)

	// Typed constants are rounded to their type when declared.
	const c32 float32 = 0.1
	const c64 float64 = 0.1
	println(c32, c64, float64(c32) == c64, c32*10 == 1)
}
