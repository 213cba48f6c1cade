// intstring_widths: string(x) for every integer type; invalid code points give U+FFFD.
package main

type Code int16

func main() {
	var i8 int8 = 65
	var i16 int16 = 0x3b1
	var i32 int32 = 0x1F642
	var i64 int64 = 0x10FFFF
	var i int = 0x7FF
	println(string(i8), string(i16), string(i32), string(i64) == "\U0010FFFF", string(i), len(string(i)))
	var u8 uint8 = 0xE9
	var u16 uint16 = 0xD7FF
	var u32 uint32 = 0xE000
	var u64 uint64 = 0x20AC
	var u uint = 0x80
	var up uintptr = 0x41
	println(string(u8), len(string(u16)), len(string(u32)), string(u64), len(string(u)), string(up))
	i8 = -1
	i16 = -0x2800
	i32 = 0xDFFF
	i64 = 0x110000
	u32 = 0xFFFFFFFF
	u64 = 1<<32 + 0x41
	println(string(i8), string(i16), string(i32), string(i64), string(u32), string(u64))
	var c Code = 'Ω'
	println(string(c), string(rune(c)+1))
	for n := 0xD7FE; n <= 0xE001; n++ {
		if n == 0xD801 {
			n = 0xDFFE
		}
		print(len(string(n)), " ")
	}
	println()
}
