package main

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head, tail *Node
	n          int
}

func pushBack(l *List, v int) {
	nd := &Node{Val: v}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.Next = nd
	}
	l.tail = nd
	l.n++
}

func pushFront(l *List, v int) {
	l.head = &Node{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func remove(l *List, v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			if *pp == l.tail {
				l.tail = nil
				if l.head != *pp {
					for t := l.head; t != nil; t = t.Next {
						if t.Next == *pp {
							l.tail = t
						}
					}
				}
			}
			*pp = (*pp).Next
			l.n--
			return true
		}
	}
	return false
}

func show(h *Node) {
	for ; h != nil; h = h.Next {
		print(h.Val, " ")
	}
	println()
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		pushBack(&l, i)
	}
	pushFront(&l, 0)
	show(l.head)
	println(l.n, l.head.Val, l.tail.Val)
	println(remove(&l, 3), remove(&l, 42), remove(&l, 5), remove(&l, 0))
	show(l.head)
	println(l.n, l.head.Val, l.tail.Val)
	l.head = reverse(l.head)
	show(l.head)
	// A long list, summed.
	var big List
	for i := 0; i < 100000; i++ {
		pushFront(&big, i)
	}
	s := 0
	for p := big.head; p != nil; p = p.Next {
		s += p.Val
	}
	println(big.n, s)
	// Detect a cycle with two pointers.
	c := &Node{1, &Node{2, &Node{3, nil}}}
	c.Next.Next.Next = c.Next
	slow, fast := c, c
	cycle := false
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			cycle = true
			break
		}
	}
	println("cycle", cycle)
}
