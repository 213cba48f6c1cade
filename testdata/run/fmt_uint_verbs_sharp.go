package main

import (
	"fmt"
)

func main() {
	fmt.Printf("%#v %#v %#v\n", uint(0), uint32(255), []uint16{1, 2})
	fmt.Printf("%#o %#x %#X %#b\n", 0, 0, 0, 0)
	fmt.Printf("%O %O\n", 8, -8)
	fmt.Printf("%#q %#U\n", 'x', 0x1F)
	fmt.Printf("%+q %q\n", "héllo\u00a0", "\a\b\f\r\v")
}
