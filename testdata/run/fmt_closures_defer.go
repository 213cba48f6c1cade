package main

import (
	"fmt"
)

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	f := func(format string, args ...any) string { return fmt.Sprintf("<"+format+">", args...) }
	fmt.Println(f("%d|%s", 1, "a"))
	g := fmt.Sprint
	fmt.Println(g("x", 1))
	h := fmt.Println
	h("via value", 2)
}
