package main

import (
	"fmt"
)

type T struct {
	A int
	B []string
}
func main() {
	t := T{1, []string{"x", "y"}}
	fmt.Printf("%v|%+v|%#v\n", t, t, t)
	fmt.Printf("%+d|%+v|%+s\n", 5, 5, "s")
	fmt.Printf("%#x|%#v\n", "hi", "hi")
	fmt.Printf("%+q|%#q\n", 'é', "x")
	fmt.Printf("%8.3v|%-8v|\n", 3.14159, t)
}
