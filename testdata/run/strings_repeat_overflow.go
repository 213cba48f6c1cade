package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() {
		fmt.Println(recover())
	}()
	fmt.Println(strings.Repeat("ab", 1<<62))
}
