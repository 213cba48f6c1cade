package main

import (
	"fmt"
)

type Pt struct{ X, Y int }
func main() {
	grid := [2][2]Pt{{{0, 0}, {0, 1}}, {{1, 0}, {1, 1}}}
	fmt.Println(grid)
	fmt.Printf("%+v\n", grid)
	fmt.Printf("%#v\n", grid[0])
	pts := []*Pt{{1, 2}, nil}
	fmt.Println(len(fmt.Sprint(pts)) > 0)
	fmt.Println(*pts[0])
}
