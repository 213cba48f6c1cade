package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "hello", "héllo, 世界", "tab\there", "nl\n", "quote\" back\\ slash", "\x00\x01\x7f", "\xff\xfe", "\u00a0\u2028\ufeff", "😀", "`raw`", "\a\b\f\r\v"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s))
		fmt.Printf("%q\n", s)
	}
	for _, r := range []rune{'a', '\'', '"', '\n', '☺', 0x7f, 0xFFFD, -1, 0x110000, 0x10FFFF} {
		fmt.Print(strconv.QuoteRune(r), " ")
	}
	fmt.Println()
}
