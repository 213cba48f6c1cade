package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1, len(os.Args[0]) > 0)
	fmt.Println(os.Getenv("MGC_SURELY_UNSET_VARIABLE") == "")
	fmt.Println(os.Getenv("PATH") != "")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.Write([]byte("raw write\n"))
	n, err := os.Stderr.Write([]byte("raw err\n"))
	fmt.Println(n, err)
}
