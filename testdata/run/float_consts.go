// float_consts: floating-point constants are exact (fractions) until they meet
// a type; folded into integer, boolean and string results they need no
// floating-point code at run time.
package main

const third = 1.0 / 3
const big = 1e400 / 1e390 // the operands are far beyond float64; the quotient is not
const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const half = 0x1p-1

// A typed float constant is rounded to its type: float32(0.1) is not 0.1.
const f32 float32 = 0.1
const f64 float64 = 0.1

func pick(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

func main() {
	// Exact arithmetic.
	println(third*3 == 1, 0.1+0.2 == 0.3, int(1e18/3*3) == 1e18)
	println(int64(big), int(big/1e9))
	println(pi > 3.14159265358979323846 && pi < 3.14159265358979323847, int(half*10))
	println(int(1e2000/1e1999*7), 1e5000 > 1e4999, -1e5000 < 1e-5000)

	// Integral float constants are usable as integers.
	var i int = 2.0
	var u8 uint8 = 255.0
	j := 1 << 3.0
	k := 1.0 << 3
	println(i, u8, j, k, i*4.0, i/2.0, 7.0/2 > 3)

	// Mixing integer, rune and float constants gives a float constant.
	const c = 2.5
	println(int(c*2), int('a'*1.0+0.5+0.5), int(7/2.0*2), 7/2*2)

	// Conversions of constants: float(int), int(float), rounding.
	println(int(float64(1<<62)), int64(float32(16777217)), int64(float64(9007199254740993)))
	println(float64(f32) == 0.10000000149011612, f64 == 0.1, float32(0.1) == f32)
	println(float32(1)/3 == float32(1.0/3), float64(1)/3 == third, float32(1)/3 == third)

	// Comparisons of constants, folded into strings.
	println(pick(1e-400 > 0, "positive", "zero"), pick(0x1p-1074 == 5e-324, "same", "different"))
	println(pick(1.7976931348623157e308 < 0x1.fffffffffffffp1023, "less", "not less"))
	println(len(pick(third == 0.3333333333333333, "yes", "no")))

	// Huge and tiny values.
	println(int(1e1000*1e1000/1e1999), int(1e-1000*1e1005), 1e-1000 == 0)
	println(int(1_000.5e-1_0*1e11), int(0x_1.8p3), int(.5e1), int(1.e2))
}
