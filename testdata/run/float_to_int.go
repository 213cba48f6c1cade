// float_to_int: converting a float to an integer type truncates toward zero.
// Out of range (and for NaN and the infinities) the Go spec leaves the value
// to the implementation; mgc gives what gc's amd64 code gives:
//
//	int64, int: cvttsd2si to 64 bits, which gives -1<<63 out of range;
//	int32, int16, int8, uint16, uint8: cvttsd2si to 32 bits (-1<<31 out of
//	  range), then the low bits, so int8(300.0) is 44 and int8(255.9) is -1;
//	uint32: to int64, then the low 32 bits;
//	uint64, uint, uintptr: f < 2^63 ? int64(f) : int64(f - 2^63) | 1<<63.
package main

func value(i int) float64 {
	switch i {
	case 0:
		return 0
	case 1:
		return 1.9999
	case 2:
		return -1.9999
	case 3:
		return 127.5
	case 4:
		return -128.7
	case 5:
		return 255.9
	case 6:
		return 300
	case 7:
		return -300
	case 8:
		return 65535.5
	case 9:
		return 70000
	case 10:
		return -70000
	case 11:
		return 2147483647.9
	case 12:
		return -2147483648.9
	case 13:
		return 3e9
	case 14:
		return -3e9
	case 15:
		return 5e9
	case 16:
		return 4294967295.5
	case 17:
		return 9223372036854774784 // the largest float64 below 2^63
	case 18:
		return 9223372036854775808 // 2^63
	case 19:
		return -9223372036854775808
	case 20:
		return 1.8446744073709550e19 // the largest float64 below 2^64
	case 21:
		return 18446744073709551616 // 2^64
	case 22:
		return 1e20
	case 23:
		return -1e20
	case 24:
		return 5e-324
	case 25:
		return -0.5
	}
	zero := 0.0
	switch i {
	case 26:
		return zero / zero
	case 27:
		return 1 / zero
	case 28:
		return -1 / zero
	}
	return -zero
}

const n = 30

func main() {
	for i := 0; i < n; i++ {
		f := value(i)
		println(i, f)
		println("  signed  ", int8(f), int16(f), int32(f), int64(f), int(f))
		println("  unsigned", uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
		g := float32(f)
		println("  float32 ", g, int8(g), int16(g), int32(g), int64(g))
		println("  float32 ", uint8(g), uint16(g), uint32(g), uint64(g), uint(g))
	}
}
