package main

import (
	"fmt"
)

import "os"
func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("stdout", i)
		println("stderr", i)
		fmt.Fprintln(os.Stderr, "fmt stderr", i)
	}
	fmt.Print("no newline")
	println()
	panic(fmt.Sprintf("final %d", 9))
}
