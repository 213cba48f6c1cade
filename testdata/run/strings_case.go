package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "Gopher", "hello, world!", "ÀÉÎõü çñ ÿ", "ß straße", "ǅǄǆ ǈ", "İstanbul ıi", "ſ K Å", "ΑΒΓ αβγ ς Σ", "Привет Мир", "ﬀ ŉ", "a\xffb\xc0", "ＡＢＣ ａｂｃ", "𐐀𐐨", "Ω Ⅻ ⓐ"} {
		fmt.Printf("%q %q %q\n", s, strings.ToUpper(s), strings.ToLower(s))
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
}
