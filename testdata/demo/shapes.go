// shapes: the `make demo` program. Shapes behind an interface, dispatched
// through itabs, sorted by area, printed with fmt, and one drawn with println.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ W, H int }
type Square struct{ Side int }

// RightTriangle has legs A and B; its hypotenuse is the integer square root
// of A*A + B*B, rounded down.
type RightTriangle struct{ A, B int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }
func (r Rect) String() string { return fmt.Sprintf("%dx%d rectangle", r.W, r.H) }

func (s *Square) Area() int      { return s.Side * s.Side }
func (s *Square) Perimeter() int { return 4 * s.Side }

func (t RightTriangle) Area() int      { return t.A * t.B / 2 }
func (t RightTriangle) Perimeter() int { return t.A + t.B + isqrt(t.A*t.A+t.B*t.B) }

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

var errEmpty = errors.New("no shapes")

// largest returns the shape with the largest area, or errEmpty.
func largest(shapes []Shape) (Shape, error) {
	if len(shapes) == 0 {
		return nil, fmt.Errorf("largest: %w", errEmpty)
	}
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best, nil
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return v.String()
	case *Square:
		return fmt.Sprintf("square of side %d", v.Side)
	default:
		return fmt.Sprintf("%T", v)
	}
}

func (r Rect) Draw() {
	line := "+"
	for i := 0; i < r.W; i++ {
		line += "-"
	}
	println(line + "+")
	for i := 0; i < r.H; i++ {
		println("|" + fmt.Sprintf("%*s", r.W, "") + "|")
	}
	println(line + "+")
}

func main() {
	fmt.Println("Shapes, computed by a Go program compiled with mgc")
	fmt.Println()
	shapes := []Shape{Rect{12, 3}, &Square{5}, RightTriangle{6, 8}}
	for side := 1; side <= 3; side++ {
		shapes = append(shapes, &Square{side})
	}
	for i := 1; i < len(shapes); i++ { // insertion sort by area
		for j := i; j > 0 && shapes[j].Area() < shapes[j-1].Area(); j-- {
			shapes[j], shapes[j-1] = shapes[j-1], shapes[j]
		}
	}
	total := 0
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d. %-24s area %3d  perimeter %3d\n", i+1, describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total area: %d in %d shapes\n", total, len(shapes))
	if best, err := largest(shapes); err == nil {
		fmt.Printf("largest: %v\n", best)
	}
	if _, err := largest(nil); errors.Is(err, errEmpty) {
		fmt.Println("error:", err)
	}
	fmt.Println()
	Rect{12, 3}.Draw()
}
