package main

type I interface {
	A() int
	B() int
}

//go:noinline
func callB(i I) int {
	return i.B() // k = 1: the load of fun[1] faults at 0x20
}

func main() {
	println("before")
	println(callB(nil))
}
