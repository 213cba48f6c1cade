// x.(I) through assertE2I/assertI2I and their comma-ok forms
// assertE2I2/assertI2I2; x.(any) and x.(interface{...}).
package main

type Shape interface{ Area() int }
type Areaer interface {
	Area() int
	Volume() int
}
type Named interface{ Name() string }
type Rect struct{ W, H int }
type Box struct{ W, H, D int }

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (b *Box) Area() int     { return b.W * b.H }
func (b *Box) Volume() int   { return b.W * b.H * b.D }

func main() {
	var x any = Rect{2, 3}
	s := x.(Shape)
	println(s.Area())
	n := x.(Named)
	println(n.Name())
	x = &Box{1, 2, 3}
	a := x.(Areaer)
	println(a.Area(), a.Volume())
	var sh Shape = a
	a2 := sh.(Areaer)
	println(a2.Volume())
	_, ok := sh.(Named)
	println(ok)
	sh = Rect{4, 5}
	nm, ok := sh.(Named)
	println(nm.Name(), ok)
	_, ok = sh.(Areaer)
	println(ok)
	var e any = sh
	println(e.(Shape).Area())
	e2 := sh.(any)
	println(e2.(Rect).W)
	v := sh.(interface{ Name() string })
	println(v.Name())
	var none any
	s, ok = none.(Shape)
	println(s == nil, ok)
	var nsh Shape
	a, ok = nsh.(Areaer)
	println(a == nil, ok)
	x = 5
	_, ok = x.(Shape)
	println(ok)
	x = []int{1}
	_, ok = x.(Shape)
	println(ok)
	for i := 0; i < 3; i++ {
		var y any = Rect{i, i}
		if s, ok := y.(Shape); ok {
			println(s.Area())
		}
	}
}
