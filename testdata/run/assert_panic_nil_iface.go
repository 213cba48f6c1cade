// s.(Rect) on a nil Shape (GO119-INTERNALS.md §3.4).
package main

type Shape interface{ Area() int }
type Areaer interface {
	Area() int
	Volume() int
}
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

var sink any

func main() {
	var s Shape
	sink = s.(Rect)
	println("not reached")
}
