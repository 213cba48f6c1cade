package main

import (
	"fmt"
)

func f() {}
func main() {
	var fn func()
	fmt.Println(fn == nil)
	fmt.Printf("%v %T\n", fn, fn)
	g := f
	fmt.Println(fmt.Sprint(g) != "", fmt.Sprintf("%T", g))
	var p *int
	fmt.Printf("%p %v %d\n", p, p, p)
	fmt.Printf("%t\n", fmt.Sprintf("%p", &p) != "")
}
