package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ W, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }

type Sq struct{ S int }

func (s *Sq) Area() int      { return s.S * s.S }
func (s *Sq) Perimeter() int { return 4 * s.S }

func describe(s Shape) {
	println(s.Area(), s.Perimeter())
}

func main() {
	r := Rect{3, 4}
	describe(r)
	describe(&r) // *Rect has Rect's value methods
	r.W = 10
	describe(&r)
	sq := &Sq{5}
	describe(sq)
	sq.S = 2
	describe(sq) // the interface holds the pointer: it sees the change
	var s Shape = r
	r.W = 100
	describe(s) // the interface holds a copy of r
}
