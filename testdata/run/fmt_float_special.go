package main

import (
	"fmt"
)

func main() {
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	fmt.Println(inf, -inf, nan)
	fmt.Printf("[%v][%f][%5.1f][%-6v][%+v][% v][%08f][%e]\n", inf, -inf, nan, inf, nan, nan, inf, -inf)
	fmt.Printf("[%g][%+g][%x]\n", nan, inf, inf)
}
