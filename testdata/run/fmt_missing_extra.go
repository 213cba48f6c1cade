package main

import (
	"fmt"
)

type T struct{ A int }
func main() {
	fmt.Printf("%v %v %v\n", 1)
	fmt.Printf("x\n", T{1}, &T{2}, []int{3}, "s")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d %v %T\n", nil, nil, nil)
	s := fmt.Sprintf("%d")
	fmt.Println(s)
}
