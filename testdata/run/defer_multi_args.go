// Deferred calls with a multi-value call as arguments, variadic arguments,
// structs and arrays (copied at the defer), and results that are dropped.
package main

type P struct{ X, Y int }

func two() (int, string) { return 2, "two" }
func take(n int, s string) { println("take", n, s) }
func sum(tag string, xs ...int) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	println(tag, t)
	return t
}
func point(p P, a [3]int) { println("point", p.X, p.Y, a[0], a[1], a[2]) }

func main() {
	defer take(two())
	defer sum("variadic", 1, 2, 3)
	xs := []int{4, 5}
	defer sum("spread", xs...)
	xs[0] = 40
	p := P{1, 2}
	a := [3]int{7, 8, 9}
	defer point(p, a)
	p.X = 100
	a[0] = 700
	defer copy(xs, []int{9, 9})
	println("body", xs[0])
}
