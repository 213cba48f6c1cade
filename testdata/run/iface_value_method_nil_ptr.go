package main

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

//go:noinline
func area(s Shape) int { return s.Area() }

func main() {
	var p *Rect
	var s Shape = p
	println(s != nil)
	println(area(s)) // the itab holds main.(*Rect).Area, which checks for nil
}
