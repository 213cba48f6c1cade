// opt_fold: integer corner cases the optimizer's constant folding (opt/sccp.c)
// must compute exactly as the machine does, and constant branches it removes.
package main

import "math"

func div(a, b int64) (int64, int64) { return a / b, a % b }

func main() {
	x := int64(math.MinInt64)
	y := int64(-1)
	println(x/y, x%y, x*y, -x, x-1)
	q, r := div(x, y)
	println(q, r)
	a := int64(-7)
	b := int64(2)
	println(a/b, a%b, a>>1, a>>63, a>>64, a<<63)
	var s uint = 64
	var s2 uint = 65
	var s3 uint = 200
	println(a>>s, a<<s, uint64(a)>>s, a>>s2, uint64(a)>>s3, int32(a)<<s)
	u := uint64(math.MaxUint64)
	println(u/3, u%7, u+1, u*u, u>>1)
	var i8 int8 = 127
	i8++
	var u16 uint16 = 0
	u16--
	var i16 int16 = -32768
	i16 = -i16
	var u8 uint8 = 200
	u8 *= 2
	println(i8, u16, i16, u8)
	var i32 int32 = math.MaxInt32
	i32 += 1
	var u32 uint32 = 1 << 31
	u32 <<= 1
	println(i32, u32, int8(u16), uint8(i8), int64(int32(u)), uint32(x-1))
	m8 := int8(-128)
	m1 := int8(-1)
	println(m8/m1, m8%m1, m8*m1)
	c := 10
	if c > 5 {
		println("constant branch taken")
	} else {
		println("never")
	}
	for k := 0; k < 3; k++ {
		if c == 11 {
			println("dead")
		}
		c = 10
	}
	z := 0
	println(c+z, c*1, c&-1, c|0, c^0, c<<0, c-0, c/1, c*0, c&0, c|-1)
	println(a < b, uint64(a) < uint64(b), a <= a, a >= b, uint64(a) > uint64(b), a != a)
	var ux uint = 3
	println(ux-5, int(ux)-5, ^ux, ^a, -u)
}
