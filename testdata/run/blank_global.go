// blank_global: a blank package variable has no storage, but its initializer
// runs, in dependency order with the other package variables.
package main

var calls int

func note(name string) int {
	calls++
	println("init", name, calls)
	return calls
}

var a = note("a")
var _ = note("blank")
var _, b = note("blank2"), note("b")

func main() {
	println(a, b, calls)
}
