package main

import (
	"fmt"
)

func show(args ...any) {
	fmt.Println(args...)
	fmt.Println(args)
	fmt.Println(len(args))
}
func main() {
	show(1, "two", 3.0)
	show()
	xs := []any{"a", nil, []int{1}}
	fmt.Println(xs...)
	fmt.Printf("%v-%v-%v\n", xs...)
}
