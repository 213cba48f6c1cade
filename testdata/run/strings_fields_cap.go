package main

import (
	"fmt"
	"strings"
	"unicode"
)

// strings.Fields and FieldsFunc return slices whose capacity is their length,
// as gc's do (mgc's grew by append: cap 4 for 3 fields).

func main() {
	for _, s := range []string{"", "a", "a b", " a  b c ", "x y z w v u t s r q p o", "héllo wörld  ünïcode", "\u3000a\u2003b"} {
		f := strings.Fields(s)
		fmt.Println(len(f), cap(f), f)
		g := strings.FieldsFunc(s, func(r rune) bool { return r == 'o' || unicode.IsSpace(r) })
		fmt.Println(len(g), cap(g), g)
		f = append(f, "extra")
		fmt.Println(len(f), cap(f))
	}
}
