// s.(T) on a non-empty interface: the itab is compared with go.itab.T,Shape.
package main

type Shape interface{ Area() int }
type Rect struct{ W, H int }
type Sq struct{ s int }
type Circle float64

func (r Rect) Area() int     { return r.W * r.H }
func (s *Sq) Area() int      { return s.s * s.s }
func (c Circle) Area() int   { return int(3 * c * c) }

func describe(s Shape) {
	if r, ok := s.(Rect); ok {
		println("rect", r.W, r.H)
	} else if q, ok := s.(*Sq); ok {
		println("square", q.s)
	} else if c, ok := s.(Circle); ok {
		println("circle", c)
	} else {
		println("nil or other", s == nil)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Sq{4}, Circle(1.5), nil}
	for _, s := range shapes {
		describe(s)
	}
	r := shapes[0].(Rect)
	r.W = 10
	println(r.Area(), shapes[0].Area())
	q := shapes[1].(*Sq)
	q.s = 5
	println(shapes[1].Area())
	println(shapes[2].(Circle) + 1)
}
