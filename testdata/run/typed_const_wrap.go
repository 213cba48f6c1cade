// typed_const_wrap: typed constants are exact, but conversions of run-time values wrap to the target width.
package main

type Byte uint8

type Small int8

const maxU8 uint8 = 255
const minI8 int8 = -128
const big int64 = 1<<40 + 7

func main() {
	v := maxU8
	v++
	println(v)
	s := minI8
	s--
	println(s)
	n := big
	println(int8(n), uint8(n), int16(n), uint16(n), int32(n), uint32(n))
	x := -1
	println(uint8(x), uint16(x), uint32(x), uint64(x), uint(x))
	var b Byte = 200
	b += 100
	println(b)
	var sm Small = 127
	sm++
	println(sm, -sm, sm/-1)
	m := int64(-9223372036854775808)
	println(m-1, -m, m/-1)
	half := uint64(1 << 63)
	u := half + half
	println(u, u-1)
	h := 300
	println(Byte(h), Small(h), int8(uint8(h)))
	var i32 int32 = 1 << 30
	println(i32*4, i32*2, uint32(i32)*4)
	println(uint8(maxU8+0), int16(minI8)*256)
}
