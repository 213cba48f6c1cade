package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var b strings.Builder
		b.Grow(-1)
	}()
	var b strings.Builder
	b.Grow(0)
	b.Grow(-2)
}
