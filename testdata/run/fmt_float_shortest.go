package main

import (
	"fmt"
)

func main() {
	fmt.Println(0.1, 0.2, 0.1+0.2, 1.0/3, 2.0/3, 100.0, 1e20, 1e21, 123456789.0, 1e-4, 1e-5)
	fmt.Println(float32(0.1), float32(1.0)/3, float32(16777216), float32(3.4e38), float32(1e-45))
	fmt.Println(5e-324, 1.7976931348623157e308, 4.35, 0.3, 9007199254740993.0)
	fmt.Println(-0.0, 1e100, 123.456, 1.5e-8)
	x := 0.0
	fmt.Println(-x, 1/(-x+1e-300))
}
