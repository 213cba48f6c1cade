// shift_widths: counts at and beyond each type's width give 0 (or -1 for negative signed values).
package main

func main() {
	for _, n := range "\x07\x08\x0f\x10\x1f\x20\x3f\x40\x41" {
		c := uint(n)
		var i8 int8 = -3
		var u8 uint8 = 0xff
		var i16 int16 = -3
		var u16 uint16 = 0xffff
		var i32 int32 = -3
		var u32 uint32 = 0xffffffff
		var i64 int64 = -3
		var u64 uint64 = 0xffffffffffffffff
		println(c, i8<<c, i8>>c, u8<<c, u8>>c, i16<<c, i16>>c, u16<<c, u16>>c)
		println(c, i32<<c, i32>>c, u32<<c, u32>>c, i64<<c, i64>>c, u64<<c, u64>>c)
	}
	var big uint64 = 1 << 40
	x := 5
	println(x<<big, x>>big, -x>>big)
	var cnt8 uint8 = 255
	println(x<<cnt8, -x>>cnt8)
}
