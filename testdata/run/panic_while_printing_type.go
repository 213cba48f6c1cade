package main

// A String method that panics with a value that is not a string: the fatal
// error names its type.

type S struct{}

type code int

func (*S) String() string { panic(code(7)) }

func main() {
	defer func() {
		println("deferred runs first")
	}()
	panic(&S{})
}
