package main

import (
	"fmt"
)

func main() {
	for _, n := range []int{0, 1, -1, 42, -42, 255, 1 << 40, -9223372036854775808} {
		fmt.Printf("%d|%v|%x|%X|%o|%O|%b|%+d|% d\n", n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%d %d %d\n", uint64(18446744073709551615), int8(-128), uint8(200))
	fmt.Printf("%x %X %#x %#X %#o %#b\n", uint16(0xbeef), int32(-0xbeef), 255, 255, 8, 5)
}
