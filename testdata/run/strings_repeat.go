package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Printf("%q %q %q\n", strings.Repeat("x", 0), strings.Repeat("", 5), strings.Repeat("ab", 1))
	fmt.Println(len(strings.Repeat("abc", 10000)))
	fmt.Println(strings.Repeat("-", -1))
}
