package main

import (
	"fmt"
	"errors"
)

type SE []string
func (s SE) Error() string { return "SE" }
func main() {
	var a error = SE{"a"}
	var b error = SE{"a"}
	fmt.Println(errors.Is(a, b))
	fmt.Println(errors.Is(fmt.Errorf("w %w", a), b))
}
