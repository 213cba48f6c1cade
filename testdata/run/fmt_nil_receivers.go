package main

import (
	"fmt"
)

type T struct{ name string }
func (t *T) String() string {
	if t == nil {
		return "nil T"
	}
	return t.name
}
type V struct{ n int }
func (v V) String() string { return "V" }
type D struct{ n int }
func (d *D) String() string { return fmt.Sprint("D", d.n) }
func main() {
	var t *T
	fmt.Println(t)
	fmt.Printf("%v %s\n", t, t)
	var v *V
	fmt.Println(v)
	fmt.Printf("[%v][%s][%5v]\n", v, v, v)
	var d *D
	fmt.Println(d)
	fmt.Printf("[%v][%8s]\n", d, d)
	var s fmt.Stringer
	fmt.Println(s)
	s = t
	fmt.Println(s, s == nil)
}
