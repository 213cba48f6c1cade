package main

type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string { return "base" }
func (b *Base) ID() int     { return b.id }

type Derived struct {
	Base
	extra int
}

type IDer interface{ ID() int }

type Wrap struct {
	*Base
}

func main() {
	d := Derived{Base{7}, 1}
	var n Namer = d
	println(n.Name())
	var i IDer = &d
	println(i.ID())
	d.id = 9
	println(i.ID())
	w := Wrap{&Base{3}}
	var n2 Namer = w
	var i2 IDer = w
	println(n2.Name(), i2.ID())
}
