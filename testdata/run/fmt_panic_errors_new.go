package main

import (
	"fmt"
	"errors"
)

func main() {
	fmt.Println("start")
	panic(errors.New("an error"))
}
