// float_calls: float parameters and results in the System V ABI
// (docs/ABI.md): float words go in xmm0-xmm7 and integer words in rdi, rsi,
// rdx, rcx, r8, r9, each class in order, so ints and floats interleaved in
// the signature still fill both register files; the 9th float onwards goes
// on the stack. Results: (float64, int) in xmm0, rax; more than two result
// words through the hidden pointer.
package main

func mixed(a int, x float64, b int, y float32, c string, z float64) float64 {
	return float64(a) + x*10 + float64(b)*100 + float64(y)*1000 + float64(len(c))*10000 + z*100000
}

// ten float parameters: x9 and x10 are on the stack.
func ten(x1, x2, x3, x4, x5, x6, x7, x8, x9, x10 float64) float64 {
	return x1 + 2*x2 + 3*x3 + 4*x4 + 5*x5 + 6*x6 + 7*x7 + 8*x8 + 9*x9 + 10*x10
}

// twelve of each: both register files overflow onto the stack, in order.
func many(i1 int, f1 float32, i2 int, f2 float64, i3 int, f3 float32, i4 int, f4 float64,
	i5 int, f5 float32, i6 int, f6 float64, i7 int, f7 float32, i8 int, f8 float64,
	i9 int, f9 float32, i10 int, f10 float64) (float64, int) {
	f := float64(f1) + f2 + float64(f3) + f4 + float64(f5) + f6 + float64(f7) + f8 + float64(f9) + f10
	return f, i1 + i2 + i3 + i4 + i5 + i6 + i7 + i8 + i9 + i10*1000
}

func divmod(a, b float64) (float64, int, float64) {
	q := int(a / b)
	return float64(q), q, a - float64(q)*b
}

func swap(a float32, b float64) (float64, float32) { return b, a }

func three() (float32, float64, string) { return 1.5, -2.25, "three" }

func intfirst(n int) (int, float64) { return n * 2, float64(n) / 4 }

func pass(x float32, y float64) (float32, float64) { return swap2(swap(x, y)) }

func swap2(a float64, b float32) (float32, float64) { return b, a }

func main() {
	println(mixed(1, 2, 3, 4, "hello", 6))
	println(ten(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	println(many(1, 0.5, 2, 0.25, 3, 0.125, 4, 1, 5, 2, 6, 4, 7, 8, 8, 16, 9, 32, 10, 64))
	q, qi, r := divmod(17.5, 4)
	println(q, qi, r)
	println(divmod(-7, 2))
	a, b := swap(1.25, 2.5)
	println(a, b)
	x, y, s := three()
	println(x, y, s)
	println(intfirst(7))
	println(pass(0.1, 0.2))
	f, n := many(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1e300)
	println(f, n)
}
