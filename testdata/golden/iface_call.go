// golden: a method call through an interface loads fun[k] from the itab at
// offset 24 + 8k and calls it with the data word as the receiver (icall.c;
// GO119-INTERNALS.md §4).
package main

type Shape interface {
	Area() int
	Scale(k int) int
}

type Sq int

func (s Sq) Area() int       { return int(s * s) }
func (s Sq) Scale(k int) int { return int(s) * k }

func use(s Shape) int {
	return s.Area() + s.Scale(3)
}

func main() {
	println(use(Sq(2)))
}
