package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, utf8.UTFMax)
	for _, r := range []rune{'A', 'é', '€', '😀', 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, utf8.MaxRune, utf8.MaxRune + 1, -5, 0xD800, 0xDFFF, utf8.RuneError} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d n=%d % x valid=%v\n", r, utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}
	var out []byte
	for _, r := range "héllo, 世界" {
		out = utf8.AppendRune(out, r)
	}
	out = utf8.AppendRune(out, -1)
	fmt.Println(string(out), len(out))
}
