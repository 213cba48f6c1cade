// Declared types whose amd64 layout type_layout.sh checks against go1.19
// (unsafe.Sizeof, Alignof and Offsetof of the same types).
package main

type A struct {
	a bool
	b int64
	c bool
}
type B struct {
	x int32
	y struct{}
}
type C struct {
	s string
	b byte
	i interface{}
	p *int
	sl []int
	m map[int]int
	f func()
	a [3]int16
	e struct{}
}
type D [4]A
type E struct {
	A
	*B
	u uint16
}
type F struct{}
type G [0]int
type H struct {
	a byte
	b [0]int64
}

func main() {}
