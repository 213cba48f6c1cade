package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 0))
	fmt.Println(strings.Replace("oink", "oink", "oink", -1))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.ReplaceAll("", "", "x"))
	fmt.Println(strings.ReplaceAll("日本語", "", "|"), strings.ReplaceAll("a\xffb", "", "."))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"), strings.ReplaceAll("banana", "a", ""), strings.Replace("xyz", "q", "r", -1))
}
