package main

import (
	"fmt"
	"os"
)

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

func unused() int { return 42 }

func main() {
	_, err := os.ReadFile("/nonexistent/deadcode")
	var s shape = square{3}
	fmt.Println(err, s.area())
}
