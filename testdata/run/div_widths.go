// div_widths: / truncates toward zero and % takes the dividend's sign at every width; MinInt / -1
// wraps and MinInt % -1 is 0 without a trap.
package main

func main() {
	a, b := 7, -2
	println(a/b, a%b, -a/2, -a%2, -a/b, -a%b)
	var i8 int8 = -128
	m8 := int8(-1)
	println(i8/m8, i8%m8, i8/7, i8%7)
	var i16 int16 = -32768
	m16 := int16(-1)
	println(i16/m16, i16%m16, i16/-3, i16%-3)
	var i32 int32 = -2147483648
	m32 := int32(-1)
	println(i32/m32, i32%m32)
	var i64 int64 = -9223372036854775808
	m64 := int64(-1)
	println(i64/m64, i64%m64)
	min := -9223372036854775807 - 1
	neg := -1
	println(min/neg, min%neg)
	var u8 uint8 = 250
	println(u8/7, u8%7)
	var u64 uint64 = 18446744073709551615
	println(u64/10, u64%10, u64/u64)
	var u32 uint32 = 4294967295
	println(u32/2, u32%1000)
}
