// After a recovery, unnamed results are returned as they are: zero, or the
// value a return statement set before a deferred call panicked.
package main

func zero() int {
	defer func() { recover() }()
	panic("x")
}

func set() int {
	defer func() { recover() }()
	defer func() { panic("in deferred call") }()
	return 42
}

func pair() (int, string) {
	defer func() { recover() }()
	if true {
		panic("y")
	}
	return 1, "one"
}

func main() {
	println(zero())
	println(set())
	println(pair())
}
