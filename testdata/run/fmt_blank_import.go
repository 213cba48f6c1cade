package main

import (
	"fmt"
)

import _ "errors"
func main() {
	fmt.Println("blank import of errors is fine")
}
