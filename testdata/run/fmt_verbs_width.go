package main

import (
	"fmt"
)

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+5d][%-+5d][%05x][% 5d][% 05d]\n", 42, 42, 42, 42, 42, 255, 42, 42)
	fmt.Printf("[%5d][%05d][%-05d][%+05d]\n", -42, -42, -42, -42)
	fmt.Printf("[%.3d][%6.3d][%-6.3d][%06.3d][%.0d][%5.0d]\n", 7, 7, 7, 7, 0, 0)
	fmt.Printf("[%*d][%-*d][%.*d]\n", 6, 1, 6, 2, 4, 3)
	fmt.Printf("[%*d]\n", -6, 5)
	fmt.Printf("[%#8x][%#-8x][%#08x]\n", 255, 255, 255)
}
