package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 5)
	n, err := io.ReadFull(os.Stdin, buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("%d %v\n", len(rest), err)
	os.Stdout.Write(rest)
	n, err = os.Stdin.Read(buf)
	fmt.Println(n, err)
	w, err := io.Copy(os.Stdout, io.LimitReader(os.Stdin, 10))
	fmt.Println(w, err)
}
