// ints.go: converting an integer to a float rounds to nearest even.
// Every integer type narrower than 64 bits converts exactly through int64
// (cvtsi2sd), signed or not; uint64 values of 2^63 and more, which cvtsi2sd
// would read as negative, are halved (keeping the low bit, so that the
// rounding does not change), converted and doubled. float32(i) rounds once,
// straight from the integer.
package main

func show(name string, f64 float64, f32 float32) {
	m, e := decompose(f64)
	m32, e32 := decompose(float64(f32))
	println(name, f64, m, e, "float32:", f32, m32, e32)
}

func signed(x int64) {
	show("int64", float64(x), float32(x))
	show("int32", float64(int32(x)), float32(int32(x)))
	show("int16", float64(int16(x)), float32(int16(x)))
	show("int8", float64(int8(x)), float32(int8(x)))
	show("int", float64(int(x)), float32(int(x)))
}

func unsigned(x uint64) {
	show("uint64", float64(x), float32(x))
	show("uint32", float64(uint32(x)), float32(uint32(x)))
	show("uint16", float64(uint16(x)), float32(uint16(x)))
	show("uint8", float64(uint8(x)), float32(uint8(x)))
	show("uint", float64(uint(x)), float32(uint(x)))
	show("uintptr", float64(uintptr(x)), float32(uintptr(x)))
}

func integers() {
	signed(0)
	signed(1)
	signed(-1)
	signed(255)
	signed(-129)
	signed(1<<31 - 1)
	signed(-1 << 31)
	signed(1<<53 + 1)          // a tie between 2^53 and 2^53+2: to even
	signed(1<<53 + 3)          // a tie that rounds up
	signed(1<<24 + 1)          // float32: a tie
	signed(1<<24 + 3)          // float32: rounds up
	signed(0x1000001000000001) // float32 straight from the integer: up; through float64 it would tie
	signed(1<<63 - 1)
	signed(-1 << 63)
	signed(-(1<<53 + 1))

	unsigned(0)
	unsigned(1)
	unsigned(1<<32 - 1)
	unsigned(1<<63 - 1)
	unsigned(1 << 63)
	unsigned(1<<63 + 1)
	unsigned(1<<63 + 1024)       // a tie at this magnitude: to even
	unsigned(1<<63 + 1025)       // just above the tie: the kept low bit rounds it up
	unsigned(1<<63 + 3072)       // a tie that rounds up
	unsigned(1<<64 - 1)          // rounds up to 2^64
	unsigned(1<<64 - 1025)       // below the tie: the largest float64 under 2^64
	unsigned(0x8000008000000001) // float32: just above a tie
	unsigned(0xffffff7fffffffff) // float32: just below a tie
	unsigned(0xdeadbeefcafebabe)

	// Conversions in expressions, and between a loop counter and a float.
	sum := 0.0
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i)
	}
	var k uint8 = 200
	println(sum, float64(k)*2, float32(k)/3, int(float64(k)/3))
}
