// wrap_unsigned: uint8, uint16, uint32, uint64 and uint wrap modulo 2^n, including unary minus and ^.
package main

func main() {
	var u8 uint8 = 255
	var z8 uint8 = 0
	println(u8+1, z8-1, u8*u8, -u8, ^u8, -z8)
	var u16 uint16 = 65535
	println(u16+1, u16*u16, -u16, ^u16, uint16(0)-u16)
	var u32 uint32 = 4294967295
	println(u32+1, u32*u32, -u32, ^u32, u32*2)
	var u64 uint64 = 18446744073709551615
	println(u64+1, u64*u64, -u64, ^u64, u64*2, u64/3)
	var u uint = 1
	println(-u, u-2, ^u)
	var b byte = 200
	b += 100
	println(b)
	b -= 250
	println(b)
	var acc uint32 = 1
	for i := 0; i < 33; i++ {
		acc *= 2
	}
	println(acc)
}
