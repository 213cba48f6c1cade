package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	b, err := io.ReadAll(os.Stdin)
	fmt.Printf("%q %v\n", b, err)
	n, err := os.Stdin.Read(make([]byte, 10))
	fmt.Println(n, err, err == io.EOF)
}
