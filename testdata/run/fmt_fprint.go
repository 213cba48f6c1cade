package main

import (
	"fmt"
)

import "os"
func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 3)
	fmt.Fprintf(os.Stderr, "%s=%d\n", "y", 4)
	fmt.Fprint(os.Stdout, "a", 1, 2, "\n")
	fmt.Fprint(os.Stderr, "b", 3, 4, "\n")
	n, err := fmt.Fprintln(os.Stderr, "12345")
	fmt.Println(n, err)
}
