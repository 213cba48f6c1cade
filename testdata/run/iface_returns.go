package main

type Shape interface{ Area() int }

type Sq int
type Rect struct{ w, h int }

func (s Sq) Area() int   { return int(s * s) }
func (r Rect) Area() int { return r.w * r.h }

func make1(kind string) Shape {
	if kind == "sq" {
		return Sq(4)
	}
	if kind == "rect" {
		return Rect{2, 5}
	}
	return nil
}

func two() (Shape, any) {
	return Rect{1, 1}, 42
}

func named() (s Shape, err error) {
	s = Sq(3)
	return
}

func main() {
	for _, k := range []string{"sq", "rect", "none"} {
		s := make1(k)
		if s == nil {
			println(k, "nil")
			continue
		}
		println(k, s.Area())
	}
	s, a := two()
	println(s.Area(), a == 42)
	s2, err := named()
	println(s2.Area(), err == nil)
}
