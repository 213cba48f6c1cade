package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(""), strings.TrimSpace("   "), strings.TrimSpace("\u00a0\u3000x\u2000\u0085"))
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q %q %q\n", strings.Trim("", "x"), strings.Trim("xx", ""), strings.Trim("xxxx", "x"))
	fmt.Printf("%q %q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q %q\n", strings.Trim("\xffabc\xff", "\xff"), strings.Trim("\xffabc\uFFFD", "\uFFFD"))
	fmt.Printf("%q\n", strings.Trim("  abc  ", " c"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.TrimLeftFunc("éé日本éé", func(r rune) bool { return utf8.RuneLen(r) == 2 }))
	fmt.Printf("%q\n", strings.TrimRightFunc("éé日本éé", func(r rune) bool { return utf8.RuneLen(r) == 2 }))
}
