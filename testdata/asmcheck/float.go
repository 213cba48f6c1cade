// asmcheck: the SSE2 instructions behind float operators and conversions.
package main

import "math"

// math.Sqrt is one instruction in optimized code (opt/intrinsic.c, gc's
// intrinsic); -N calls the library function.
// nasm-opt: `sqrtsd\s+xmm\d+, xmm\d+`
// nasm-opt: -`call\s+math\.Sqrt`
// nasm-N: `call\s+math\.Sqrt`
func hypot(x, y float64) float64 {
	return math.Sqrt(x*x + y*y)
}

// float64 arithmetic: the sd forms; float arguments arrive in xmm0, xmm1.
// nasm-N: `movsd\s+\[rbp-8\], xmm0`
// nasm-N: `movsd\s+\[rbp-16\], xmm1`
// nasm-opt: `movaps\s+xmm\d+, xmm0`
// nasm-opt: `movaps\s+xmm\d+, xmm1`
// nasm: `mulsd`
// nasm: `addsd`
// nasm: -`mulss`
func madd(x, y float64) float64 {
	return x*y + 1
}

// float32 arithmetic stays float32 (the ss forms), rounding after each step.
// nasm: `mulss`
// nasm: `addss`
// nasm: -`mulsd`
// nasm: -`cvtss2sd`
func madd32(x, y float32) float32 {
	return x*y + 1
}

// Dividing by zero is not checked: it gives an infinity or NaN.
// nasm: `divsd`
// nasm: -`panicdivide`
func div(x, y float64) float64 {
	return x / y
}

// Comparisons use ucomisd; == also needs "not unordered" (not NaN).
// nasm: `ucomisd`
// nasm: `setnp`
func eq(x, y float64) bool {
	return x == y
}

// -x flips the sign bit (so -0.0 is negative zero): in an xmm register
// with a mask from read-only data (gc's PXOR), in a slot through rax.
// nasm-opt: `xorps\s+xmm\d+, \[rel f64\.signmask\]`
// nasm-N: `btc\s+rax, 63`
// nasm: -`subsd`
func neg(x float64) float64 {
	return -x
}

// int8(f) converts to int32 first, as gc does (cvttsd2sl), then truncates.
// nasm-N: `cvttsd2si\s+eax`
// nasm-N: `movsx\s+rax, byte`
// nasm-opt: `cvttsd2si\s+e\w+, xmm\d+`
// nasm-opt: `movsx\s+r\w+, (sil|dil|bl|r\d+b)\b`
func toInt8(f float64) int8 {
	return int8(f)
}

// uint64(f) of a value of 2^63 or more subtracts 2^63 and ORs the top bit back.
// nasm: `0x43e0000000000000`
// nasm: `bts\s+rax, 63`
func toUint64(f float64) uint64 {
	return uint64(f)
}

// uint64 to float halves a value of 2^63 or more, keeping its low bit.
// nasm: `cvtsi2sd`
// nasm: `shr\s+rcx, 1`
func fromUint64(u uint64) float64 {
	return float64(u)
}

// A float32 is widened for print: printfloat takes a float64 in xmm0.
// nasm: `cvtss2sd`
// nasm-N: `movsd\s+xmm0, `
// nasm-opt: `(movsd|movaps)\s+xmm0, `
// nasm: `call\s+runtime\.printfloat`
func show(f float32) {
	println(f)
}

func main() {
	println(madd(1, 2), madd32(1, 2), div(1, 0), eq(1, 1), neg(0), toInt8(300), toUint64(1e19), fromUint64(1<<63))
	show(0.5)
	println(hypot(3, 4))
}
