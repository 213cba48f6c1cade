package main

import (
	"fmt"
)

type Inner struct {
	X, Y int
}
type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	List  []int
	M     map[string]int
	Any   any
	E     error
	f     float64
}
func main() {
	o := Outer{"o", Inner{1, 2}, nil, []int{5}, map[string]int{"k": 6}, 7, nil, 8.5}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%v %+v\n", &o.In, &o.In)
	fmt.Println(struct{}{}, struct{ A, B string }{"a", "b"})
	var z Outer
	fmt.Printf("%v\n%+v\n", z, z)
}
