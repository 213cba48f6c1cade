package main

import (
	"fmt"
	"errors"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	errors.As(errors.New("x"), nil)
}
