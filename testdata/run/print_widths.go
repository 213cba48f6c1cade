// print_widths: println of the limits of every integer type, bools and strings, in gc's formats.
package main

type Small int8
type Flag bool
type Name string

func main() {
	println(int8(-128), int8(127), int16(-32768), int16(32767))
	println(int32(-2147483648), int32(2147483647), int64(-9223372036854775808), int64(9223372036854775807))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615))
	var u uint = 18446744073709551615
	var p uintptr = 0xdeadbeef
	println(u, p, 0, -0, 'a', byte('a'))
	var s Small = -5
	var f Flag = true
	var n Name = "named"
	println(s, f, n, !f, true && false, 1 < 2)
	x := -1
	println(x, uint8(x), uint16(x), uint32(x), uint64(x), int8(x))
}
