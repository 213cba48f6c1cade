package main

import (
	"fmt"
)

func main() {
	fmt.Printf("[%6s][%-6s][%6q]\n", "日本", "日本", "日本")
	fmt.Printf("[%.1s][%.2q][%3.1s]\n", "日本語", "日本語", "日本語")
	fmt.Printf("[%5v][%-5v][%05v]\n", "ab", "ab", "ab")
	fmt.Printf("[%8v][%-8v]\n", []int{1, 2}, map[int]int{1: 2})
	fmt.Printf("[%6v][%-7v]\n", true, nil)
}
