// iface: ten million method calls through an interface, over three dynamic
// types.
package main

import "os"

// work scales a benchmark's loop count: `prog small` (the callgrind mode of
// tools/bench.sh) does a twentieth of the work.
func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

type Shape interface {
	Area() int
}

type Rect struct{ W, H int }
type Square struct{ S int }
type Tri struct{ B, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (s *Square) Area() int { return s.S * s.S }
func (t Tri) Area() int     { return t.B * t.H / 2 }

func main() {
	shapes := []Shape{Rect{3, 4}, &Square{5}, Tri{6, 8}}
	total := 0
	iters := work(30000000)
	for i := 0; i < iters; i++ {
		total += shapes[i%3].Area()
	}
	println(total)
}
