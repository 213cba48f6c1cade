// golden: converting to a non-empty interface takes the static itab
// go.itab.T,I as the type word; the itabs are listed in runtime.itablink for
// the runtime to register before main.main (itab.c).
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

func main() {
	var s Shape = Rect{2, 3}
	println(s != nil)
	s = &Sq{4}
	println(s != nil)
}
