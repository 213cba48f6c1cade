// The functions opt_passes.sh watches through `mgc dump -phase=ssa`: each
// gives one optimization pass something to remove.
package main

type T struct{ x, y int }

var g [4]int

func deadmarker() int { return 42 }

// sccp: the condition is constant, the call behind it goes.
func constbranch() int {
	x := 3
	if x > 5 {
		return deadmarker()
	}
	return x * 2
}

// nilcheck: p is checked once; the second field needs no check.
func fields(p *T) int {
	a := p.x
	b := p.y
	return a + b
}

// nilcheck: a fresh allocation is never nil.
func alloc() int {
	p := new(T)
	p.y = 1
	return p.y
}

// cse: &g is computed once.
func globals(i int) int {
	return g[i&3] + g[(i+1)&3]
}

// ssa/unssa: the swap makes phis that copy each other.
func swap(n int) int {
	a, b := 1, 2
	for i := 0; i < n; i++ {
		a, b = b, a
	}
	return a - b
}

// storeload: the array lives in a frame slot; the loads read the stored 5 and i.
func slot(i int) int {
	var a [3]int
	a[0] = 5
	a[1] = i
	return a[0] + a[1]
}

// branch: the bounds-failure blocks go last.
func index(s []int, i, j int) int {
	return s[i] + s[j]
}

func main() {
	println(constbranch(), fields(&T{1, 2}), alloc(), globals(3), swap(3), slot(1), index([]int{1, 2}, 1, 0))
}
