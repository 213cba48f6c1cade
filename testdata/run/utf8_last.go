package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a€😀\xffz\xe2\x82"
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q %d\n", r, size)
		s = s[:len(s)-size]
	}
	r, size := utf8.DecodeLastRuneInString("")
	fmt.Println(r, size)
	b := []byte("日本\x80")
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Println(r, size)
		b = b[:len(b)-size]
	}
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r, size, r == utf8.RuneError)
}
