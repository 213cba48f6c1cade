package main

import (
	"fmt"
	"strings"
)

func main() {
	show := func(a []string) { fmt.Printf("%d %q %v\n", len(a), a, a == nil) }
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a man a plan a canal panama", "a "))
	show(strings.Split(" xyz ", ""))
	show(strings.Split("", "Bernardo O'Higgins"))
	show(strings.Split("", ""))
	show(strings.Split(",", ","))
	show(strings.Split("a\xffb€", ""))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("abc", "", 2))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfter("abc", ""))
	show(strings.Split("a--b----c", "--"))
}
