// int_literals: every integer and rune literal form, decoded exactly and
// converted to each integer width: hex, octal (0o and legacy 0), binary,
// digit separators, rune escapes, constant arithmetic beyond 64 bits.
package main

const huge = 1 << 100
const back = huge >> 98

func main() {
	println(0x1F, 0X_ff, 0o17, 017, 0b1011, 0B_1_0, 1_000_000, 0)
	println('a', '\n', '\x7f', '\u00e9', '\U0001F600', '\'', '\\', '\000', 'é')
	var b byte = 'A'
	var r rune = '世'
	println(b, r, b+1, r-1)
	println(back, huge/(1<<90), huge%7)
	max8 := uint8(255)
	println(max8+1 == 0, int8(-128), uint16(0xFFFF), int32(-1<<31), uint32(1<<32-1))
	println(uint64(1<<64-1), -9223372036854775808, int64(9223372036854775807))
	var x int64 = 1 << 40
	println(int8(x), int16(x+1), int32(x+0x12345678), uint8(x-1), uint(x)>>38)
	println(^0, ^uint8(0), -(-128), 7&^5, 6|9, 6^3, -7/2, -7%2, 7>>1, -7>>1)
}
