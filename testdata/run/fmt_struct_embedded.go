package main

import (
	"fmt"
)

type Base struct {
	ID int
}
func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
type Named struct {
	Base
	Name string
}
type WithStr struct {
	Name string
}
func (w WithStr) String() string { return "WS(" + w.Name + ")" }
type Outer struct {
	WithStr
	N int
}
func main() {
	n := Named{Base{1}, "n"}
	fmt.Println(n)
	fmt.Printf("%+v %#v\n", n, n)
	o := Outer{WithStr{"x"}, 2}
	fmt.Println(o)
	fmt.Printf("%+v|%s|%d\n", o, o, o)
}
