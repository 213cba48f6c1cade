package main

import (
	"fmt"
)

func main() {
	for _, v := range []any{int8(-1), uint8(255), int16(-300), uint16(65535), int32(-70000), uint32(4294967295), int64(-1), uint64(18446744073709551615), uintptr(4096)} {
		fmt.Printf("%v %d %x %T\n", v, v, v, v)
	}
	fmt.Printf("%#v %#v %#v\n", uint8(1), uintptr(2), int8(-3))
}
