package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("", ""), strings.Count("", "a"))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("日本語", ""), strings.Count("a\xffb", ""), strings.Count("abababab", "aba"))
	fmt.Println(strings.Count(strings.Repeat("xy", 500), "yx"))
}
