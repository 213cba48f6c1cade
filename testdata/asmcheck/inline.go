// asmcheck: inlining (inline/cost.c, inlcall.c) and devirtualization
// (inline/devirt.c). -N skips the optimizer, so every call stays a call.
package main

type Shape interface {
	Area() int
}

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func add(a, b int) int { return a + b }

func apply(f func(int) int, x int) int { return f(x) }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// A small function's body replaces its call; mid-stack: addAll's calls of
// add are inlined into addAll, then addAll into its caller.
// nasm-opt: -`call\s+main\.add\b`
// nasm-N: `call\s+main\.add\b`
func addAll(a, b, c int) int {
	return add(add(a, b), c)
}

// nasm-opt: -`call\s+main\.addAll\b`
// nasm-opt: -`call\s+main\.add\b`
// nasm-N: `call\s+main\.addAll\b`
func useAddAll(x int) int {
	return addAll(x, 1, 2)
}

// Methods too, with their struct arguments.
// nasm-opt: -`call\s+main\.Point\.Add\b`
// nasm-N: `call\s+main\.Point\.Add\b`
func sumPoints(ps []Point) Point {
	var t Point
	for _, p := range ps {
		t = t.Add(p)
	}
	return t
}

// A function that calls itself is never inlined, not even into its callers.
// nasm: `call\s+main\.fib\b`
func useFib(n int) int {
	return fib(n)
}

// A call through an interface whose itab is known (a static symbol) is a
// direct call, then inlined: no load of fun[0], no indirect call.
// nasm-opt: -`call\s+r\d+\b`
// nasm-opt: -`call\s+main\.\$28\$2aRect\$29\.Area\b`
// nasm-N: `call\s+r\d+\b`
func area(w, h int) int {
	var s Shape = &Rect{w, h}
	return s.Area()
}

// A func value known to be a function literal without captures: the call
// through the funcval becomes the literal's body.
// nasm-opt: -`call\s+r\d+\b`
// nasm-opt: -`call\s+main\.apply\b`
// nasm-N: `call\s+main\.apply\b`
func triple(x int) int {
	return apply(func(v int) int { return 3 * v }, x)
}

func main() {
	println(useAddAll(3), sumPoints([]Point{{1, 2}, {3, 4}}).X, useFib(10), area(3, 4), triple(5))
}
