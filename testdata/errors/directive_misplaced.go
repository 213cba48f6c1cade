//go:build ignore_me_not

package main

// gc's checks of compiler directives: one after code on its line, a flagged
// one inside a function body or before a declaration that does not take it,
// and a runtime-only one. Unflagged ones (linkname, unknown words) stand
// anywhere.

//go:noinline
func ok() int { return 1 }

//go:nosplit
//go:noinline
func ok2() int { return 2 }

//go:unknownword
var a = 1 //go:noinline // ERROR "misplaced compiler directive"

var b = 2

//go:systemstack // ERROR "//go:systemstack only allowed in runtime"
func rt() {}

func main() {
	//go:noinline // ERROR "misplaced compiler directive"
	x := ok() + ok2() + a + b
	//go:whatever
	println(x) //go:nosplit // ERROR "misplaced compiler directive"
	rt()
}

//go:noinline // ERROR "misplaced compiler directive"
