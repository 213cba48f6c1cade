package main

type Node struct {
	val  int
	next *Node
}

func main() {
	n := &Node{1, &Node{2, nil}}
	println(n.next.val)
	n.next.next.val = 3
}
