// Division and remainder by constants, which optimized code does by
// multiplying with a magic number (codegen/amd64/divconst.c): every divisor
// kind (small, large, powers of two, negative, near the limits) against
// dividends at the edges and many in between, signed and unsigned, and the
// narrow types whose values are extended to 64 bits first.
package main

import "fmt"

var dividends = []int64{0, 1, -1, 2, -2, 3, 5, 6, 7, 9, 10, 99, 100, 101, -99, -100, -101,
	999, 1000, 1001, 12345, -12345, 1 << 31, -(1 << 31), 1<<31 - 1, 1<<32 + 7, -(1<<32 + 7),
	1<<62 + 12345, -(1<<62 + 12345), 1<<63 - 1, -1 << 63, -1<<63 + 1, 4611686018427387903,
	0x5555555555555555, -0x5555555555555555, 7 << 40, -7 << 40}

func signed(n int64) (s int64) {
	s = s*31 + n/2 + n%2
	s = s*31 + n/3 + n%3
	s = s*31 + n/5 + n%5
	s = s*31 + n/6 + n%6
	s = s*31 + n/7 + n%7
	s = s*31 + n/10 + n%10
	s = s*31 + n/16 + n%16
	s = s*31 + n/100 + n%100
	s = s*31 + n/641 + n%641
	s = s*31 + n/1000 + n%1000
	s = s*31 + n/(1<<20) + n%(1<<20)
	s = s*31 + n/-3 + n%-3
	s = s*31 + n/-7 + n%-7
	s = s*31 + n/-8 + n%-8
	s = s*31 + n/-1000 + n%-1000
	s = s*31 + n/123456789012 + n%123456789012
	s = s*31 + n/(1<<62) + n%(1<<62)
	s = s*31 + n/(1<<63-1) + n%(1<<63-1)
	s = s*31 + n/(-1<<63+1) + n%(-1<<63+1)
	s = s*31 + n/-(1<<62) + n%-(1<<62)
	return s
}

func unsigned(n uint64) (s uint64) {
	s = s*31 + n/2 + n%2
	s = s*31 + n/3 + n%3
	s = s*31 + n/5 + n%5
	s = s*31 + n/7 + n%7
	s = s*31 + n/10 + n%10
	s = s*31 + n/16 + n%16
	s = s*31 + n/100 + n%100
	s = s*31 + n/641 + n%641
	s = s*31 + n/1000 + n%1000
	s = s*31 + n/(1<<40) + n%(1<<40)
	s = s*31 + n/123456789012 + n%123456789012
	s = s*31 + n/(1<<62+1) + n%(1<<62+1)
	s = s*31 + n/(1<<63-1) + n%(1<<63-1)
	s = s*31 + n/(1<<63) + n%(1<<63)
	s = s*31 + n/(1<<63+5) + n%(1<<63+5)
	s = s*31 + n/18446744073709551615 + n%18446744073709551615
	return s
}

func narrow(n int64) string {
	a, b, c := int32(n), int8(n), int16(n)
	u, v := uint32(n), uint8(n)
	return fmt.Sprint(a/7, a%7, a/-3, a%-3, b/3, b%3, b/-128+b%-128, c/10, c%10,
		u/7, u%7, u/1000, u%1000, v/3, v%3, v/128, v%128)
}

func main() {
	for _, n := range dividends {
		fmt.Println(n, signed(n), unsigned(uint64(n)), narrow(n))
	}
	x := uint64(88172645463325252)
	var ss int64
	var us uint64
	for i := 0; i < 200000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		ss = ss*7 + signed(int64(x))
		us = us*7 + unsigned(x)
	}
	fmt.Println(ss, us)
}
