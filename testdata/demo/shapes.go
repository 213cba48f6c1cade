// shapes: the `make demo` program. Shapes as structs with methods, kept in a
// slice, measured in whole units, sorted by area, and one drawn with println.
package main

type Rect struct {
	W, H int
}

type Square struct {
	Side int
}

// RightTriangle has legs A and B; its hypotenuse is the integer square root
// of A*A + B*B, rounded down.
type RightTriangle struct {
	A, B int
}

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }

func (s Square) Area() int      { return s.Side * s.Side }
func (s Square) Perimeter() int { return 4 * s.Side }

func (t RightTriangle) Area() int      { return t.A * t.B / 2 }
func (t RightTriangle) Perimeter() int { return t.A + t.B + isqrt(t.A*t.A+t.B*t.B) }

// Shape is one measured shape: its name and the two measures, as func values
// bound to the shape (method values).
type Shape struct {
	Name      string
	Area      func() int
	Perimeter func() int
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func (r Rect) Draw() {
	println("+" + repeat("-", r.W) + "+")
	for i := 0; i < r.H; i++ {
		println("|" + repeat(" ", r.W) + "|")
	}
	println("+" + repeat("-", r.W) + "+")
}

// sortByArea sorts shapes by area, smallest first (insertion sort).
func sortByArea(shapes []Shape) {
	for i := 1; i < len(shapes); i++ {
		for j := i; j > 0 && shapes[j].Area() < shapes[j-1].Area(); j-- {
			shapes[j], shapes[j-1] = shapes[j-1], shapes[j]
		}
	}
}

func main() {
	println("Shapes, computed by a Go program compiled with mgc")
	println()
	r := Rect{W: 12, H: 3}
	sq := &Square{Side: 5}
	shapes := []Shape{
		{"rectangle", r.Area, r.Perimeter},
		{"square", sq.Area, sq.Perimeter},
		{"right triangle", RightTriangle{6, 8}.Area, RightTriangle{6, 8}.Perimeter},
	}
	for side := 1; side <= 3; side++ {
		s := Square{side}
		shapes = append(shapes, Shape{"small square", s.Area, s.Perimeter})
	}
	sortByArea(shapes)
	total := 0
	for i, s := range shapes {
		total += s.Area()
		println(i+1, s.Name, "-> area", s.Area(), "perimeter", s.Perimeter())
	}
	println("total area:", total, "in", len(shapes), "shapes")
	println()
	r.Draw()
}
