package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "héllo", "\xff", "日本語", "\xe6\x97", "a\xc0\x80b", "\xed\xa0\x80", "\U0010FFFF", "\xf4\x90\x80\x80"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Println(utf8.RuneCountInString(s), r, n, lr, ln, utf8.ValidString(s), utf8.FullRuneInString(s), utf8.RuneCount([]byte(s)))
	}
	b := make([]byte, 4)
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800} {
		n := utf8.EncodeRune(b, r)
		fmt.Println(r, utf8.RuneLen(r), n, b[:n], utf8.ValidRune(r), utf8.AppendRune(nil, r))
	}
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneStart(0x80))
}
