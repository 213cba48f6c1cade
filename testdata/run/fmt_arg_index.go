package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1]\n", 1, 2)
	fmt.Printf("%[1]d %[1]q %v\n", 'a', 2)
	fmt.Printf("%[2]d\n", 1, 2, 3)
	fmt.Printf("%[3]2d|%[1].2d|%.[2]d\n", 1, 2, 3)
	fmt.Printf("%[1\n", 5)
	fmt.Printf("%-*d|%[2]*d|\n", 4, 5, 6)
}
