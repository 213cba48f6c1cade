package main

type E struct{}

func main() {
	var p *[3]int
	var pe *E
	// len of *p is a constant: p is not dereferenced.
	println("start", len(*p), len(p))
	// Reading a zero-size value through nil still dereferences it.
	x := *pe
	println(x == E{})
}
