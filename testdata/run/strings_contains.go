package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("seafood", ""), strings.Contains("", ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 'z'), strings.ContainsRune("a\xffb", 0xFFFD), strings.ContainsRune("abc", -1), strings.ContainsRune("日本語", '本'))
	fmt.Println(strings.ContainsAny("team", "i"), strings.ContainsAny("fail", "ui"), strings.ContainsAny("ure", "ui"), strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""), strings.ContainsAny("", ""))
	long := strings.Repeat("ab", 1000) + "abc"
	fmt.Println(strings.Contains(long, "abc"), strings.Contains(long, "ba"), strings.Contains(long, "cab"))
}
