// bitops_widths: & | ^ &^ and unary ^ at each width, with sign-extended narrow values.
package main

func main() {
	var a int8 = -86
	var b int8 = 0x33
	println(a&b, a|b, a^b, a&^b, ^a, ^b)
	var c uint8 = 0xAA
	var d uint8 = 0x33
	println(c&d, c|d, c^d, c&^d, ^c, ^d)
	var e int16 = -0x5556
	var f int16 = 0x0ff0
	println(e&f, e|f, e^f, e&^f, ^e)
	var g uint32 = 0xdeadbeef
	var h uint32 = 0xffff0000
	println(g&h, g|h, g^h, g&^h, ^g)
	var i int64 = -1
	var j int64 = 0x7fffffffffffffff
	println(i&j, i|j, i^j, i&^j, ^j)
	x := 0xF0
	x &^= 0x30
	x |= 1
	x ^= 0x100
	println(x)
}
