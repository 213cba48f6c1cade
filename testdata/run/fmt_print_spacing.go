package main

import (
	"fmt"
)

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", 3, "\n")
	fmt.Print(1.5, true, nil, "\n")
	type S string
	fmt.Print(S("p"), S("q"), 7, "\n")
	n, _ := fmt.Print("abc\n")
	fmt.Print(n, "\n")
}
