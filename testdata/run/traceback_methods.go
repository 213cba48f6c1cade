// traceback_methods: a panic deep in methods and closures; the traceback names
// each frame as gc does: main.T.Get, main.(*T).Walk.func1 (a function literal)
// and main.(*T).Walk.
package main

type T struct {
	items []int
}

func (t T) Get(i int) int {
	return t.items[i]
}

// Walk is not inlined: gc renames the literals of a function it inlines
// (main.main.func1), and this test is about the names of an ordinary one.
//
//go:noinline
func (t *T) Walk(n int) int {
	visit := func(k int) int {
		return t.Get(k + n)
	}
	sum := 0
	for k := 0; k < 3; k++ {
		sum += visit(k)
	}
	return sum
}

func main() {
	t := &T{items: []int{1, 2, 3}}
	println(t.Walk(0))
	println(t.Walk(1))
}
