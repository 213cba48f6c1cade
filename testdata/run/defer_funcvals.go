// Deferred func values: variables, fields, results of calls, and a nil func
// value, which panics when the deferred call runs, not at the defer.
package main

type S struct{ f func() }

func maker(tag string) func() {
	println("maker", tag)
	return func() { println("made", tag) }
}

func main() {
	var nilf func()
	defer nilf()
	s := S{func() { println("field") }}
	defer s.f()
	defer maker("a")()
	g := func() { println("variable") }
	defer g()
	g = nil
	println("body done")
}
