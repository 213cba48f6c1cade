// Float constants are exact fractions, then 512-bit binary floats whose
// exponent must fit in 32 bits (as in gc): a literal beyond that is
// malformed, and so is an operation's result. Typed float constants must fit
// their type after every operation.
package main

const big = 1e600000000

const (
	a = 1e646456992 // the largest decimal exponent gc accepts
	b = 1e646456993 // ERROR "malformed constant: 1e646456993"
	c = 0x1p2147483646
	d = 0x1p2147483647          // ERROR "malformed constant: 0x1p2147483647"
	e = 1e-99999999999999999999 // ERROR "malformed constant: 1e-99999999999999999999"
	f = 1e-1000000000           // underflows to 0
	g = big * big               // ERROR "constant result is not representable"
	h = big / 1e-600000000      // ERROR "constant result is not representable"
)

const f32 float32 = 1e38

func main() {
	println(f32 * 10) // ERROR `f32 \* 10 \(constant 1e\+39 of type float32\) overflows float32`
	println(-f32 * 4) // ERROR `-f32 \* 4 \(constant -4e\+38 of type float32\) overflows float32`
	println(f == 0, a > c, int(big/big))
}
