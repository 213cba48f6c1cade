package main

import (
	"fmt"
)

func main() {
	fmt.Printf("%d %s %t\n", "str", 42, 3)
	fmt.Printf("%z %!\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "x", 2.5, nil)
	fmt.Printf("100%%\n")
	fmt.Printf("%5%|%-5%|\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%.d|%.f|%.s|\n", 3, 2.5, "abc")
	fmt.Printf("%*d|%.*d\n", "x", 1, "y", 2)
	fmt.Printf("%f %c %q\n", "s", "t", 3.5)
	fmt.Printf("%x %X\n", true, []string{"a"})
	fmt.Printf("no verbs\n", 1)
}
