// Inlining decisions gc makes for small functions and methods: -m's
// "can inline" and "inlining call to" lines (expected output from go1.19).
package main

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p Point) Dot(q Point) int { return p.X*q.X + p.Y*q.Y }

func add(a, b int) int { return a + b }

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// midstack calls add, which is inlined into it, and is inlined in turn.
func midstack(a, b, c int) int { return add(add(a, b), c) }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// big is over gc's budget of 80.
func big(s []int) int {
	t := 0
	for i := range s {
		t += s[i] * s[i]
		if t > 1000 {
			t -= 1000
		}
		if t < 0 {
			t = -t
		}
		switch t % 3 {
		case 0:
			t += fib(3)
		case 1:
			t += fib(4)
		default:
			t += fib(5)
		}
	}
	return t
}

func withDefer() (r int) {
	defer func() { r++ }()
	return 1
}

func safeDiv(a, b int) (q int) {
	defer func() {
		if recover() != nil {
			q = -1
		}
	}()
	return a / b
}

func index(s []int, i int) int { return s[i] }

func main() {
	p := Point{1, 2}
	q := p.Add(Point{3, 4})
	q.Scale(2)
	s := []int{1, 2, 3}
	println(add(1, 2), sum(s), fib(10), q.X, q.Y, p.Dot(q))
	println(midstack(1, 2, 3), big(s), withDefer(), safeDiv(7, 0), index(s, 2))
}
