package main

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Rect struct{ W, H int }

func (r Rect) Area() int         { return r.W * r.H }
func (r Rect) Scale(k int) Shape { return Rect{r.W * k, r.H * k} }

func apply(f func(Shape) int, s Shape) int { return f(s) }

func main() {
	area := Shape.Area
	scale := Shape.Scale
	var s Shape = Rect{2, 3}
	println(area(s), area(scale(s, 2)))
	println(apply(Shape.Area, Rect{5, 5}))
	type Areaer interface{ Area() int }
	println(Areaer.Area(Rect{1, 7}))
}
