package main

// A flagged directive before a declaration that is not a function's, in gc
// reported after the syntax errors (none here).

//go:noinline // ERROR "misplaced compiler directive"
var b = 2

//go:noinline // ERROR "misplaced compiler directive"
type T int

//go:noinline // ERROR "misplaced compiler directive"
const c = 1

func main() {
	//go:noinline // ERROR "misplaced compiler directive"
	var y = 1
	println(b, y, T(c))
}
