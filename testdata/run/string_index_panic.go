// string_index_panic: an index past the end panics with Go's bounds message after earlier output.
package main

func main() {
	s := "abc"
	i := 1
	println(s[i])
	i += 4
	println(s[i])
	println("unreachable")
}
