// Every function of math/bits on edge values and on pseudo-random words
// (hashed), compared with go1.19.
package main

import (
	"fmt"
	"math/bits"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// word: random bits, or a short run of ones or zeros somewhere.
func word() uint64 {
	r := next()
	switch r % 4 {
	case 0:
		return next() >> (r >> 2 % 64)
	case 1:
		return next() << (r >> 2 % 64)
	case 2:
		return uint64(r>>2%5) - 2
	}
	return next()
}

var h uint64

func fold(v uint64) { h = (h ^ v) * 1099511628211 }

func main() {
	edges := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 1 << 31, 1<<32 - 1, 1 << 32,
		1 << 63, 1<<64 - 1, 0x0123456789abcdef}
	for _, x := range edges {
		fmt.Println(x, bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x),
			bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x),
			bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x),
			bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x))
		fmt.Println(" ", bits.Reverse(uint(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)), bits.Reverse32(uint32(x)), bits.Reverse64(x),
			bits.ReverseBytes(uint(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 7, 8, 9, 31, 33, 63, 64, 65, -1, -9, -64, -100} {
			fmt.Print(" ", bits.RotateLeft(uint(x), k), bits.RotateLeft8(uint8(x), k), bits.RotateLeft16(uint16(x), k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft64(x, k))
		}
		fmt.Println()
		for _, y := range edges {
			s, c := bits.Add64(x, y, 1)
			s32, c32 := bits.Add32(uint32(x), uint32(y), 1)
			su, cu := bits.Add(uint(x), uint(y), 0)
			d, b := bits.Sub64(x, y, 1)
			d32, b32 := bits.Sub32(uint32(x), uint32(y), 1)
			du, bu := bits.Sub(uint(x), uint(y), 0)
			hi, lo := bits.Mul64(x, y)
			hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Println(" ", s, c, s32, c32, su, cu, d, b, d32, b32, du, bu, hi, lo, hi32, lo32, hu, lu)
			if y != 0 {
				fmt.Println("  rem", bits.Rem64(x, y^1, y), bits.Rem(uint(y), uint(x), uint(y)), bits.Rem32(uint32(x), uint32(y), uint32(y)|1))
				if x < y {
					q, r := bits.Div64(x, y, y)
					qu, ru := bits.Div(uint(x), uint(x), uint(y))
					fmt.Println("  div", q, r, qu, ru)
				}
			}
		}
	}
	fmt.Println(bits.UintSize)
	for i := 0; i < 200000; i++ {
		x, y, z := word(), word(), word()
		k := int(int64(next()) % 200)
		fold(uint64(bits.Len64(x) + 100*bits.Len32(uint32(y)) + 10000*bits.Len16(uint16(z)) + 1000000*bits.Len8(uint8(x))))
		fold(uint64(bits.LeadingZeros64(x) + 100*bits.LeadingZeros32(uint32(y)) + 10000*bits.LeadingZeros16(uint16(z)) + 1000000*bits.LeadingZeros8(uint8(y))))
		fold(uint64(bits.TrailingZeros64(x) + 100*bits.TrailingZeros32(uint32(y)) + 10000*bits.TrailingZeros16(uint16(z)) + 1000000*bits.TrailingZeros8(uint8(y))))
		fold(uint64(bits.OnesCount64(x) + 100*bits.OnesCount32(uint32(y)) + 10000*bits.OnesCount16(uint16(z)) + 1000000*bits.OnesCount8(uint8(y))))
		fold(bits.RotateLeft64(x, k) ^ uint64(bits.RotateLeft32(uint32(y), k)) ^ uint64(bits.RotateLeft16(uint16(z), k))<<32 ^ uint64(bits.RotateLeft8(uint8(x), k))<<48)
		fold(bits.Reverse64(x) ^ uint64(bits.Reverse32(uint32(y)))<<7 ^ uint64(bits.Reverse16(uint16(z)))<<30 ^ uint64(bits.Reverse8(uint8(y)))<<50)
		fold(bits.ReverseBytes64(x) ^ uint64(bits.ReverseBytes32(uint32(y)))<<5 ^ uint64(bits.ReverseBytes16(uint16(z)))<<40)
		s, c := bits.Add64(x, y, z&1)
		fold(s + c<<7)
		d, b := bits.Sub64(x, y, z&1)
		fold(d + b<<9)
		s32, c32 := bits.Add32(uint32(x), uint32(y), uint32(z&1))
		d32, b32 := bits.Sub32(uint32(x), uint32(y), uint32(z&1))
		fold(uint64(s32)<<32 | uint64(d32) + uint64(c32+2*b32))
		hi, lo := bits.Mul64(x, y)
		fold(hi ^ lo<<1)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		fold(uint64(h32)<<32 | uint64(l32))
		if z != 0 {
			q, r := bits.Div64(x%z, y, z)
			fold(q ^ r<<3)
			fold(bits.Rem64(x, y, z))
		}
		if uint32(z) != 0 {
			q32, r32 := bits.Div32(uint32(x)%uint32(z), uint32(y), uint32(z))
			fold(uint64(q32)<<32 | uint64(r32))
			fold(uint64(bits.Rem32(uint32(x), uint32(y), uint32(z))))
		}
	}
	fmt.Printf("%016x\n", h)
}
