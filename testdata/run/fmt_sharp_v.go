package main

import (
	"fmt"
)

type P struct {
	A int
	B string
	C []byte
	D *int
	E any
	F map[int]bool
	g uint8
}
type N int
type L []N
func main() {
	p := P{1, "x", []byte("hi"), nil, 2.5, map[int]bool{2: true, 1: false}, 200}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", &p)
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "q\"", 1.5, true, uint(7))
	fmt.Printf("%#v %#v %#v\n", N(3), L{1, 2}, []string{"a"})
	fmt.Printf("%#v %#v %#v\n", [2]int{1, 2}, []any{nil, 1}, map[string]P{})
	var e error
	var a any
	fmt.Printf("%#v %#v %#v\n", e, a, []*int{nil})
	fmt.Printf("%#v %#v\n", struct{}{}, struct{ X int }{1})
	fmt.Printf("%#v %#v %#v\n", 1e6, 1e21, 100.0)
}
