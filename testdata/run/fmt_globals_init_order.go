package main

import (
	"fmt"
	"errors"
)

var greeting = fmt.Sprintf("hello %d", 42)
var e = errors.New("init error")
var wrapped = fmt.Errorf("wrap: %w", e)
func init() {
	fmt.Println("init:", greeting)
}
func main() {
	fmt.Println(greeting, e, wrapped, errors.Is(wrapped, e))
}
