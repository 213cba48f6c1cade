package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	tests := []string{"", "ascii", "héllo", "\xff", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xef\xbf\xbd", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "a\x80b", "\xe6\x97\xa5"}
	for _, s := range tests {
		fmt.Printf("%q valid=%v %v full=%v %v count=%d start=%v\n", s, utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.FullRuneInString(s), utf8.FullRune([]byte(s)), utf8.RuneCountInString(s), len(s) > 0 && utf8.RuneStart(s[0]))
	}
	fmt.Println(utf8.RuneSelf, utf8.UTFMax, utf8.MaxRune, utf8.RuneError, string(utf8.RuneError))
}
