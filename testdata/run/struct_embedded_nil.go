package main

type Pos struct {
	X, Y int
}

type Node struct {
	*Pos
	Name string
}

func main() {
	n := Node{Name: "n"}
	println(n.Name, n.Pos == nil)
	// A promoted field through a nil embedded pointer dereferences nil.
	println(n.X)
}
