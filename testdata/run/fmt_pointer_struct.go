package main

import (
	"fmt"
)

type T struct {
	A int
	B *T
}
func main() {
	t := &T{1, nil}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	pa := &[3]int{1, 2, 3}
	ps := &[]string{"a", "b"}
	pm := &map[string]int{"x": 1}
	fmt.Println(pa, ps, pm)
	pp := &t
	fmt.Println(pp != nil)
	var np *T
	fmt.Println(np)
	fmt.Printf("%v %+v %s %d\n", np, np, np, np)
	n := 5
	p := &n
	fmt.Println(*p, p == &n)
}
