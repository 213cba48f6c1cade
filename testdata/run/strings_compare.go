package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"), strings.Compare("ab", "a"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0x110000 }, "ab"))
}
