package main

import (
	"fmt"
)

type Color int
const (
	Red Color = iota
	Green
	Blue
)
func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}
func main() {
	m := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(m)
	fmt.Println([]Color{Red, Green, Blue, 7})
	fmt.Printf("%v %d %s %x\n", Blue, Blue, Green, Red)
}
