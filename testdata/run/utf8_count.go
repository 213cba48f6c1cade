package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界! \xff\xfe Ωμέγα 🎉"
	n := 0
	for range s {
		n++
	}
	fmt.Println(len(s), utf8.RuneCountInString(s), n, utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c(%d) ", i, r, w)
		i += w
	}
	fmt.Println()
	big := ""
	for i := 0; i < 1000; i++ {
		big += "añ😀"
	}
	fmt.Println(utf8.RuneCountInString(big), utf8.ValidString(big), utf8.ValidString(big[:len(big)-1]))
}
