package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("chicken", ""), strings.Index("", ""), strings.Index("", "a"), strings.Index("abc", "abcd"), strings.Index("abc", "abc"))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("gophers", 'h'), strings.IndexByte("golang", 'x'), strings.IndexByte("", 'a'))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("go gopher", ""), strings.LastIndex("", ""), strings.LastIndex("aaa", "aa"))
	fmt.Println(strings.LastIndexByte("Hello, world", 'l'), strings.LastIndexByte("Hello, world", 'x'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("日本語", '語'), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("a\uFFFDb", 0xFFFD), strings.IndexRune("abc", 0x110000), strings.IndexRune("abc", -1))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("chicken", "kmr"), strings.IndexAny("日本語", "語本"), strings.IndexAny("abc", ""))
	fmt.Println(strings.Index("日本語日本語", "本語"), strings.LastIndex("日本語日本語", "本語"))
}
