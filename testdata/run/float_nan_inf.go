// float_nan_inf: IEEE 754 special values. Dividing a float by zero gives
// +Inf, -Inf or NaN (no panic, unlike integers); every comparison with NaN is
// false except !=; -0 equals +0 but prints with its sign.
package main

func cmp(name string, a, b float64) {
	println(name, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func cmp32(name string, a, b float32) {
	println(name, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	zero := 0.0
	one := 1.0
	inf := one / zero
	ninf := -one / zero
	nan := zero / zero
	nzero := -zero
	println(inf, ninf, nan, nzero, zero)
	println(inf+1, inf-inf, inf*0, inf*-1, one/inf, -one/inf, inf/inf)
	println(nan+1, nan*0, -nan, nan-nan)

	cmp("nan nan", nan, nan)
	cmp("nan 1", nan, one)
	cmp("1 nan", one, nan)
	cmp("inf nan", inf, nan)
	cmp("inf inf", inf, inf)
	cmp("-inf inf", ninf, inf)
	cmp("inf max", inf, 1.7976931348623157e308)
	cmp("-0 +0", nzero, zero)
	cmp("1 2", one, 2)
	cmp("2 1", 2, one)

	var z32 float32
	nan32 := z32 / z32
	inf32 := 1 / z32
	cmp32("nan32", nan32, nan32)
	cmp32("inf32", inf32, 3.4e38)
	cmp32("-0 +0", -z32, z32)
	println(nan32, inf32, -inf32, -z32, float64(nan32) != float64(nan32))

	// A NaN is never equal to itself: x != x is the NaN test.
	isnan := func1(nan)
	println(isnan, func1(inf), func1(zero))

	// -0: 1/-0 is -Inf; -0 + 0 is +0; -0 * 5 is -0; 0 - 0 is +0 but -(0) is -0.
	println(1/nzero, nzero+zero, nzero*5, zero-zero, -zero, nzero-nzero)

	// Overflow goes to Inf, not to a panic.
	big := 1e308
	println(big*10, -big*10, big*10-big*10)

	// if and for on comparisons with NaN.
	if nan < 1 || nan >= 1 {
		println("unreachable")
	} else {
		println("NaN is unordered")
	}
	n := 0
	for x := nan; x != x && n < 3; n++ {
	}
	println(n)
}

func func1(x float64) bool { return x != x }
