package main

type Node struct {
	left, right *Node
	val         int
	pad         [4]int
}

func build(d int) *Node {
	if d == 0 {
		return &Node{val: 1}
	}
	return &Node{left: build(d - 1), right: build(d - 1), val: d}
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	return n.val + count(n.left) + count(n.right)
}

func main() {
	// Allocates about 2 GB in total; live memory stays small.
	total := 0
	for i := 0; i < 200; i++ {
		total += count(build(14))
		s := make([]int, 0)
		for j := 0; j < 10000; j++ {
			s = append(s, j)
		}
		total += len(s)
	}
	println(total)
}
