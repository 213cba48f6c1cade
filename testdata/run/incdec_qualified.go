package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

var counts = map[string]int{}

func main() {
	m := map[string]int{}
	m[strings.ToLower("A")]++
	m[strings.ToLower("B")] += 2
	m[strings.Repeat("c", 2)]--
	a := []int{0, 0, 0}
	a[utf8.RuneLen('é')]++
	a[utf8.RuneLen('x')] -= 5
	counts[strings.TrimSpace(" k ")] |= 6
	fmt.Println(m, a, counts)
}
