package main

import (
	"fmt"
	"os"
)

type shape interface{ Area() int }

type square struct{ side int }

func (s square) Area() int      { return s.side * s.side }
func (s square) Perimeter() int { return 4 * s.side } // no interface names it
func (s square) String() string { return "square" }   // the runtime prints panics with it

func unused() int { return 42 }

func main() {
	_, err := os.ReadFile("/nonexistent/deadcode")
	var s shape = square{3}
	fmt.Println(err, s.Area())
}
