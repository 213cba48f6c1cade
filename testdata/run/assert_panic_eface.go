// x.(string) on an any holding an int: panicdottypeE (GO119-INTERNALS.md §3.4).
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
	var x any = 1
	sink = x.(string)
	println("not reached")
}
