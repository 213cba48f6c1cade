package main

import (
	"fmt"
	"strings"
)

func main() {
	h := uint64(0)
	folds := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r == 0xD800 {
			r = 0xE000
		}
		s := string(r)
		u := strings.ToUpper(s)
		l := strings.ToLower(s)
		for i := 0; i < len(u); i++ {
			h = h*31 + uint64(u[i])
		}
		for i := 0; i < len(l); i++ {
			h = h*37 + uint64(l[i])
		}
		if strings.EqualFold(u, l) {
			folds++
		}
	}
	fmt.Println(h, folds)
}
