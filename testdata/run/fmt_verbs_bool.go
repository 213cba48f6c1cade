package main

import (
	"fmt"
)

func main() {
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%d %s\n", true, false)
	type B bool
	fmt.Printf("%v %t\n", B(true), B(false))
}
