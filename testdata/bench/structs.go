// structs: appending a million structs, an insertion-free merge sort on them
// through a closure, and copying them around as values.
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

type P struct {
	X, Y int
	Name string
}

func sortBy(ps []P, less func(a, b P) bool) []P {
	if len(ps) < 2 {
		return ps
	}
	mid := len(ps) / 2
	a := sortBy(append([]P(nil), ps[:mid]...), less)
	b := sortBy(append([]P(nil), ps[mid:]...), less)
	out := make([]P, 0, len(ps))
	for len(a) > 0 && len(b) > 0 {
		if less(b[0], a[0]) {
			out = append(out, b[0])
			b = b[1:]
		} else {
			out = append(out, a[0])
			a = a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

func main() {
	var ps []P
	x := 12345
	iters := work(300000)
	for i := 0; i < iters; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		ps = append(ps, P{x % 1000, i, "p"})
	}
	sorted := sortBy(ps, func(a, b P) bool { return a.X < b.X })
	println(sorted[0].X, sorted[len(sorted)-1].X, len(sorted))
}
