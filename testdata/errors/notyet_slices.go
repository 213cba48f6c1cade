// mgc-only: go1.19 accepts this program; codegen does not lower slices yet and
// its support gate must say so rather than crash. Uses of a rejected variable
// or function say nothing more.
package main

func sum(xs []int) int { // ERROR "slices are not yet supported by mgc"
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

func main() {
	var s []int // ERROR "slices are not yet supported by mgc"
	s = append(s, 1, 2)
	println(len(s), cap(s), sum(s))
	b := []byte("hi") // ERROR "slices are not yet supported by mgc"
	println(len(b))
	t := s[1:]
	println(t[0])
	u := make([]string, 3) // ERROR "built-in make is not yet supported by mgc"
	println(len(u))
	println(len([]int{1, 2})) // ERROR "composite literals are not yet supported by mgc"
}
