package main

type T struct {
	a, b, c int
	name   string
}

func get(p *T) int {
	return p.c
}

func main() {
	t := &T{c: 3}
	println(get(t))
	var p *T
	println(get(p))
}
