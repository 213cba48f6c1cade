package main

type shape interface {
	area() int
	Name() string
	b() int
	Zed() int
	_x() int
}

type T struct{ v int }

func (t T) area() int    { return t.v }
func (t T) Name() string { return "T" }
func (t T) b() int       { return t.v * 2 }
func (t T) Zed() int     { return t.v * 3 }
func (t T) _x() int      { return t.v * 4 }

func main() {
	var s shape = T{5}
	println(s.area(), s.Name(), s.b(), s.Zed(), s._x())
	var p shape = &T{6}
	println(p.area(), p.Name(), p.b(), p.Zed(), p._x())
}
