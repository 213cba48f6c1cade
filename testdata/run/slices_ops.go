// Slices: append with growth, len and cap, slicing, []byte(s), make.
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
	s = append(s, 1, 2)
	println(len(s), cap(s), sum(s))
	b := []byte("hi")
	println(len(b))
	t := s[1:]
	println(t[0])
	u := make([]string, 3)
	println(len(u))
}
