// resize.go: float32(x) of a float64 rounds to nearest even (cvtsd2ss),
// overflows to an infinity, goes subnormal and then to zero, and keeps NaN
// and the sign of zero; float64(x) of a float32 is exact (cvtss2sd).
package main

func narrow(x float64) {
	f := float32(x)
	m, e := decompose(float64(f))
	println(x, "->", f, m, e)
}

func narrowing() {
	one := 1.0
	ulp32 := one / (1 << 23)
	narrow(one)
	narrow(one + ulp32/2)              // a tie: to even (down)
	narrow(one + ulp32/2 + ulp32/1024) // above the tie: up
	narrow(one + 3*ulp32/2)            // a tie: to even (up)
	narrow(0.1)
	narrow(-0.1)
	narrow(3.4028234663852886e38) // the largest float32
	narrow(3.4028235677973362e38) // just below the tie with 2^128: stays finite
	narrow(3.4028235677973366e38) // the tie with 2^128: +Inf
	narrow(-1e39)
	narrow(1.1754943508222875e-38) // the smallest normal float32
	narrow(1e-40)                  // subnormal
	narrow(1.401298464324817e-45)  // the smallest subnormal
	narrow(7.006492321624085e-46)  // half of it: a tie, to even (zero)
	narrow(7.006492321624087e-46)  // just above half: the smallest subnormal
	narrow(1e-50)
	zero := 0.0
	narrow(-zero)
	narrow(zero / zero)
	narrow(1 / zero)

	// Widening is exact: the float32 nearest 0.1 is 0.100000001490116...
	var f float32 = 0.1
	w := float64(f)
	println(w, w == 0.1, w-0.1, float32(w) == f)
	var big float32 = 16777217 // rounds to 16777216
	println(float64(big), int(float64(big)))
}
