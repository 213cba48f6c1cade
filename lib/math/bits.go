// Package bits: go1.19's math/bits (LANGUAGE.md), counting, rotating and
// reversing bits and the full-width arithmetic of unsigned integers. The
// 64-bit counts, ReverseBytes64, Mul64, Div64 and Div32 are C over amd64's
// instructions (runtime/bits.c); the rest is mini-Go over them. uint is 64
// bits, so the unsized functions are the 64-bit ones.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

func Len64(x uint64) int
func TrailingZeros64(x uint64) int
func OnesCount64(x uint64) int
func ReverseBytes64(x uint64) uint64
func Mul64(x, y uint64) (hi, lo uint64)
func Div64(hi, lo, y uint64) (quo, rem uint64)
func Div32(hi, lo, y uint32) (quo, rem uint32)

// Len returns the number of bits needed to represent x (0 for 0).
func Len(x uint) int     { return Len64(uint64(x)) }
func Len8(x uint8) int   { return Len64(uint64(x)) }
func Len16(x uint16) int { return Len64(uint64(x)) }
func Len32(x uint32) int { return Len64(uint64(x)) }

// LeadingZeros returns the number of leading zero bits (the size for 0).
func LeadingZeros(x uint) int     { return UintSize - Len64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return 8 - Len64(uint64(x)) }
func LeadingZeros16(x uint16) int { return 16 - Len64(uint64(x)) }
func LeadingZeros32(x uint32) int { return 32 - Len64(uint64(x)) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros returns the number of trailing zero bits (the size for
// 0): the 64-bit count of x with a bit set just above its size.
func TrailingZeros(x uint) int     { return TrailingZeros64(uint64(x)) }
func TrailingZeros8(x uint8) int   { return TrailingZeros64(uint64(x) | 1<<8) }
func TrailingZeros16(x uint16) int { return TrailingZeros64(uint64(x) | 1<<16) }
func TrailingZeros32(x uint32) int { return TrailingZeros64(uint64(x) | 1<<32) }

// OnesCount returns the number of one bits.
func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// RotateLeft returns x rotated left by k mod its size bits (right for
// k < 0).
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// Reverse64 returns x with its bits in reverse order: the bits of each
// byte swapped in halves, pairs and nibbles, then the bytes reversed.
func Reverse64(x uint64) uint64 {
	const m0 = 0x5555555555555555
	const m1 = 0x3333333333333333
	const m2 = 0x0f0f0f0f0f0f0f0f
	x = x>>1&m0 | x&m0<<1
	x = x>>2&m1 | x&m1<<2
	x = x>>4&m2 | x&m2<<4
	return ReverseBytes64(x)
}

func Reverse(x uint) uint       { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// ReverseBytes returns x with its bytes in reverse order.
func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// Add64 returns x + y + carry (carry is 0 or 1) and the carry out.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	sum64 := uint64(x) + uint64(y) + uint64(carry)
	return uint32(sum64), uint32(sum64 >> 32)
}

// Sub64 returns x - y - borrow (borrow is 0 or 1) and the borrow out.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

// Mul returns the full product of x and y as (hi, lo).
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	tmp := uint64(x) * uint64(y)
	return uint32(tmp >> 32), uint32(tmp)
}

// Div returns the quotient and remainder of (hi, lo) by y; it panics for
// y == 0 (division by zero) and y <= hi (the quotient overflows).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Rem returns the remainder of (hi, lo) by y, which never overflows; it
// panics for y == 0.
func Rem(hi, lo, y uint) uint {
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}
