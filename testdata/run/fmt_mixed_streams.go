package main

import (
	"fmt"
)

func main() {
	fmt.Println("out 1")
	println("err 1")
	fmt.Print("out 2\n")
	print("err 2\n")
	fmt.Printf("out %d\n", 3)
	println("err", 3)
}
