package main

type big struct {
	a, b, c int
}

func main() {
	// With a value, a nil pointer to an array of large elements panics
	// before the first iteration, even when the array is empty.
	var p *[0]big
	println("start")
	for i, v := range p {
		println("never", i, v.a)
	}
	println("not reached")
}
