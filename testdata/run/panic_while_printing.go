package main

// An Error method that panics while the runtime turns the panic value into
// text: gc's "fatal error: panic while printing panic value: inner" (mgc
// printed the value again, forever).

type E struct{}

func (*E) Error() string { panic("inner") }

func main() {
	println("start")
	panic(&E{})
}
