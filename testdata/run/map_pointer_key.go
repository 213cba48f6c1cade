// Pointer keys: identity, not contents.
package main

type Node struct {
	Val  int
	Next *Node
}

func main() {
	a := &Node{Val: 1}
	b := &Node{Val: 1}
	m := map[*Node]string{a: "a", b: "b"}
	println(len(m), m[a], m[b], m[nil] == "")
	m[nil] = "nil"
	println(len(m), m[nil])
	visited := map[*Node]bool{}
	var head *Node
	for i := 0; i < 10; i++ {
		head = &Node{i, head}
	}
	count := 0
	for n := head; n != nil && !visited[n]; n = n.Next {
		visited[n] = true
		count++
	}
	println(count, len(visited))
	x := 5
	p := &x
	ip := map[*int]int{p: 1}
	ip[&x]++
	println(ip[p], len(ip))
}
