package main

import (
	"fmt"
)

func main() {
	s := fmt.Sprint("a", 1, 2, "b", 3.0, "c")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("a", 1, 2)
	fmt.Print(s)
	fmt.Println(len(s))
	s = fmt.Sprintf("%d-%s", 7, "x")
	fmt.Println(s)
	fmt.Println(fmt.Sprint() == "", fmt.Sprintln() == "\n")
}
