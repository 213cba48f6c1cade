package main

import (
	"fmt"
	"os"
)

func check(ok bool) {
	if !ok {
		fmt.Fprintln(os.Stderr, "check failed")
		os.Exit(7)
	}
}
func main() {
	check(true)
	fmt.Println("still here")
	check(false)
	fmt.Println("unreachable")
}
