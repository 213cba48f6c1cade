package main

import (
	"fmt"
)

import "os"
func main() {
	n, err := fmt.Printf("%s\n", "hello")
	fmt.Println(n, err)
	n, err = fmt.Print("ab", "cd", "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stderr, "%d\n", 12345)
	fmt.Println(n, err == nil)
}
