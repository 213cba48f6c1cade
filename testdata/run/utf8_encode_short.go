package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	b := make([]byte, 1)
	fmt.Println(utf8.EncodeRune(b, 'x'), b)
	fmt.Println(utf8.EncodeRune(b, 'é'))
}
