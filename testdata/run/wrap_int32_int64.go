// wrap_int32_int64: int32 and int64 wrap at 32 and 64 bits.
package main

func main() {
	var a int32 = 2147483647
	var b int32 = -2147483648
	one := int32(1)
	println(a+one, b-one, a*a, b*b, -b, a+a)
	var f int32 = 1
	for i := 0; i < 40; i++ {
		f *= 3
	}
	println(f)
	var c int64 = 9223372036854775807
	d := -c - 1
	println(c+1, d-1, c*c, d*d, -d, c*3)
	var r rune = 0x7fffffff
	r++
	println(r, int32(c), int32(d), int64(a)*int64(a))
}
