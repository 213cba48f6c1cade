// mgc-only: go1.19 accepts this program; codegen does not lower these slice
// operations yet and its support gate must say so rather than crash.
package main

func sum(xs []int) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

func main() {
	var s []int
	s = append(s, 1, 2) // ERROR "built-in append is not yet supported by mgc"
	println(len(s), cap(s), sum(s))
	b := []byte("hi") // ERROR "this conversion is not yet supported by mgc"
	println(len(b))
	t := s[1:] // ERROR "slicing is not yet supported by mgc"
	println(t[0])
	u := make([]string, 3) // ERROR "built-in make is not yet supported by mgc"
	println(len(u))
}
