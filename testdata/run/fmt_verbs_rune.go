package main

import (
	"fmt"
)

func main() {
	fmt.Printf("%c%c%c|%q|%q|%+q|%U|%#U|%#U\n", 'G', 'o', 0x4e16, 'x', '\n', 0x4e16, 0x4e16, 0x4e16, '\n')
	fmt.Printf("[%5c][%-5c][%3q]\n", 'a', 'b', 'c')
	fmt.Printf("%c %q %U\n", 0x110000, -1, 0x10FFFF)
	fmt.Printf("%08U %.6U\n", 'A', 'A')
}
