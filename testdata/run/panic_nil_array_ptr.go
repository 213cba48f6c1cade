package main

func main() {
	var p *[10]int
	println(len(p), cap(p))
	s := p[2:4] // slicing a nil pointer to an array dereferences it
	println(len(s))
}
