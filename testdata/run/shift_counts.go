// shift_counts: constant shifts, run-time shifts with large counts, signed counts and sign-extending right shifts.
package main

func main() {
	const c = 1 << 10 >> 5
	println(c, 1<<62>>60, -1<<3)
	x := 1
	for s := uint(0); s < 70; s += 15 {
		println(s, x<<s, -8>>s, int8(1)<<s)
	}
	var n int = 3
	println(x<<n, 256>>n, uint8(255)<<n, int8(-128)>>n)
	var u8 uint8 = 0x81
	println(u8<<1, u8>>1, u8<<7, u8>>7)
	var i32 int32 = -1
	println(i32>>31, i32>>40, uint32(i32)>>31)
	big := 64
	println(x<<big, -1>>big, uint(1)<<(big-1))
	var sh int64 = 2
	println(5<<sh, int16(-300)>>sh)
}
