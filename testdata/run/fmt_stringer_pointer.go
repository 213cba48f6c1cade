package main

import (
	"fmt"
)

type Vec struct{ X, Y int }
func (v *Vec) String() string { return fmt.Sprintf("<%d %d>", v.X, v.Y) }
type Holder struct {
	V  Vec
	PV *Vec
}
func main() {
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %v %s\n", v, &v, &v)
	fmt.Println([]Vec{{3, 4}}, []*Vec{{5, 6}})
	fmt.Println(Holder{v, &v})
	fmt.Printf("%+v\n", Holder{v, &v})
}
