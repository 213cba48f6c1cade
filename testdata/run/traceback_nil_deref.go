// traceback_nil_deref: a nil dereference (a signal turned into a panic) is
// reported at the faulting line; the method value's wrapper (main.(*Node).Sum-fm)
// does not show, as in gc.
package main

type Node struct {
	val  int
	next *Node
}

func (n *Node) Sum() int {
	total := 0
	for p := n; ; p = p.next {
		total += p.val
		if total > 100 {
			return total
		}
	}
}

func apply(f func() int) int {
	return f() * 2
}

func main() {
	list := &Node{1, &Node{2, nil}}
	println(apply(list.Sum))
}
