// Allocations escape analysis keeps in the frame, and the ones it must not:
// values stay right when frame slots are reused by loops, closures copy or
// share what they capture, and what outlives its frame is on the heap.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }
func (p Point) Sum() int     { return p.X + p.Y }

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

var global []*Point

// closuresInLoop: a range variable is one variable for the whole loop in
// Go 1.19, so closures made in the loop share it; a copy made in the body
// is new each iteration.
func closuresInLoop() {
	var fs []func() int
	for i, v := range []int{10, 20, 30} {
		w := v + i
		fs = append(fs, func() int { return v + w })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// counters: each call makes a new cell, shared by the closures it returns.
func counters() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n * 100 }
}

// keepPointers: &T{} and &local in a loop, kept past the iteration.
func keepPointers() {
	var kept []*Point
	for i := 0; i < 3; i++ {
		p := Point{i, i * i}
		kept = append(kept, &p)
		q := &Point{i, -i}
		global = append(global, q)
	}
	for _, p := range kept {
		fmt.Print(*p, " ")
	}
	fmt.Println(len(global), *global[2])
}

// frameReuse: a non-escaping allocation per iteration in the same slot.
func frameReuse() int {
	total := 0
	for i := 0; i < 5; i++ {
		p := &Point{i, 1}
		p.Move(2)
		b := []int{i, i + 1, i + 2}
		total += p.Sum() + b[2]
		var s Shape = Rect{i, 2}
		total += s.Area()
	}
	return total
}

// boxes: interface values made from locals, compared and printed.
func boxes() {
	var xs []interface{}
	for i := 0; i < 3; i++ {
		xs = append(xs, Point{i, i})
	}
	a, b := interface{}(Point{1, 1}), interface{}(Point{1, 1})
	fmt.Println(xs, a == b, xs[1] == a)
}

// methodValues: x.M binds &x (pointer receiver) or a copy of x.
func methodValues() {
	p := Point{1, 2}
	move := p.Move
	sum := p.Sum
	move(10)
	fmt.Println(p, sum(), p.Sum())
}

// deferred: a deferred closure changes a named result.
func deferred() (r int) {
	x := 5
	defer func() { r += x }()
	x = 7
	return 1
}

// recursion: pointers to a caller's locals passed down and returned up.
func depth(p *int, n int) *int {
	if n == 0 {
		return p
	}
	v := *p + n
	return depth(&v, n-1)
}

// sorting with a closure over a local slice.
func sorted(words []string) string {
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) || (len(words[i]) == len(words[j]) && words[i] < words[j]) })
	return strings.Join(words, ",")
}

func variadic(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepVariadic(xs ...*Point) []*Point { return xs }

func main() {
	closuresInLoop()
	inc, get := counters()
	inc()
	inc()
	fmt.Println(get())
	keepPointers()
	fmt.Println(frameReuse())
	boxes()
	methodValues()
	fmt.Println(deferred())
	seed := 1
	fmt.Println(*depth(&seed, 4))
	fmt.Println(sorted([]string{"pear", "fig", "apple", "kiwi"}))
	fmt.Println(variadic(1, 2, 3), variadic())
	ps := keepVariadic(&Point{1, 2}, &Point{3, 4})
	ps[0].Move(1)
	fmt.Println(*ps[0], *ps[1])
}
