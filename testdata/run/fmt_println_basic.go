package main

import (
	"fmt"
)

func main() {
	fmt.Println("hello", "world")
	fmt.Println(1, -2, 3.5, true, false, nil)
	fmt.Println(int8(-8), int16(16), int32(-32), int64(64), uint(1), uint8(8), uint16(16), uint32(32), uint64(1<<63), uintptr(9))
	fmt.Println('a', "a", byte('b'), rune(0x4e16))
	fmt.Println()
	fmt.Println("")
	fmt.Println("x", "")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
