// A nil pointer dereference (a SIGSEGV turned into a panic) is recoverable,
// and later panics report normally.
package main

type node struct {
	val  int
	next *node
}

func value(n *node) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return n.next.val, true
}

func main() {
	a := &node{1, &node{2, nil}}
	println(value(a))
	println(value(a.next))
	var p *int
	for i := 0; i < 3; i++ {
		func() {
			defer func() { println("round", i, recover() != nil) }()
			*p = i
		}()
	}
}
