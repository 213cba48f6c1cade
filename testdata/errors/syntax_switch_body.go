// A switch body must contain case clauses.

package main

func main() {
	x := 1
	switch x { foo } // ERROR "syntax error: unexpected foo, expecting case or default or \}"
}
