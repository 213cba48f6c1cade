// Escape analysis decisions gc makes: which allocations stay in the frame,
// which move to the heap, and the tags of parameters (expected -m lines
// from go1.19).
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type Node struct {
	Val  int
	Next *Node
}

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func (p *Point) Move(dx int) { p.X += dx }

func (p Point) String() string { return fmt.Sprint(p.X, ",", p.Y) }

var keep *Point
var nodes []*Node
var anything interface{}

func store(p *Point)          { keep = p }
func first(p *Point) *Point   { return p }
func deref(pp **Point) *Point { return *pp }
func length(s []int) int      { return len(s) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func newPoint(x, y int) *Point { return &Point{x, y} }

func local() int {
	p := &Point{1, 2}
	q := new(Point)
	q.X = p.Y
	return p.X + q.X
}

func list(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head}
	}
	return head
}

func slices(n int) int {
	a := []int{1, 2, 3}
	b := make([]int, 8)
	c := make([]int, n)
	copy(b, a)
	copy(c, b)
	return length(a) + length(b) + length(c)
}

func closures() func() int {
	count := 0
	inc := func() { count++ }
	inc()
	total := 0
	next := func() int {
		total += count
		return total
	}
	return next
}

func addrs() {
	var x, y Point
	store(&x)
	z := first(&y)
	z.X = 1
	var loop [3]*int
	for i := 0; i < 3; i++ {
		v := i
		loop[i] = &v
	}
	fmt.Println(*loop[0], y.X)
}

func conversions(s string, n int) string {
	var sh Shape = Rect{2, 3}
	anything = Point{n, n}
	b := []byte(s)
	t := string(b) + s
	println(sh.Area(), len(t))
	fmt.Println(n, t)
	return strings.ToUpper(t)
}

func methods() int {
	p := Point{1, 2}
	p.Move(3)
	f := p.Move
	f(1)
	return p.X
}

func deferred() (r int) {
	defer func() { r++ }()
	return 1
}

func typeswitch(v interface{}) int {
	switch x := v.(type) {
	case *Point:
		return x.X
	case Rect:
		return x.W
	}
	return 0
}

func appends(n int) {
	for i := 0; i < n; i++ {
		nodes = append(nodes, &Node{Val: i})
	}
}

func main() {
	pp := newPoint(1, 2)
	fmt.Println(local(), list(3).Val, slices(4), closures()(), deref(&pp).X)
	addrs()
	fmt.Println(conversions("go", 2), methods(), deferred(), typeswitch(Rect{1, 2}))
	appends(2)
	fmt.Println(sum(1, 2, 3), len(nodes), keep.X)
}
