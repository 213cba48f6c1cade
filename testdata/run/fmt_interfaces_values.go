package main

import (
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
func (r Rect) Area() float64 { return r.W * r.H }
type Circle struct{ R float64 }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, nil}
	for _, s := range shapes {
		if s == nil {
			fmt.Printf("%v %T\n", s, s)
			continue
		}
		fmt.Printf("%v %+v %T %.2f\n", s, s, s, s.Area())
	}
	fmt.Println(shapes[0], shapes[2], len(shapes))
	var a any = shapes[:1]
	fmt.Printf("%v\n", a)
}
