package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("x")
	b := a
	fmt.Println(b.Len())
	b.WriteString("y")
	fmt.Println("not reached")
}
