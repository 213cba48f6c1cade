package main

import (
	"fmt"
	"errors"
)

type E struct{}
func (E) Error() string { return "E" }
func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var x int
		errors.As(E{}, &x)
	}()
	var e E
	errors.As(E{}, e)
}
