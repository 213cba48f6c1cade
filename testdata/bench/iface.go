// iface: ten million method calls through an interface, over three dynamic
// types.
package main

type Shape interface {
	Area() int
}

type Rect struct{ W, H int }
type Square struct{ S int }
type Tri struct{ B, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (s *Square) Area() int { return s.S * s.S }
func (t Tri) Area() int     { return t.B * t.H / 2 }

func main() {
	shapes := []Shape{Rect{3, 4}, &Square{5}, Tri{6, 8}}
	total := 0
	for i := 0; i < 10000000; i++ {
		total += shapes[i%3].Area()
	}
	println(total)
}
