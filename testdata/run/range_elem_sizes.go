package main

type b3 [3]byte
type b5 [5]byte
type s12 struct {
	a int32
	b int64
}
type s16 struct {
	s string
}
type empty struct{}

func main() {
	// Elements of every size go through the index form (1, 2, 4, 8 bytes)
	// or the pointer form (all others, including 0).
	for i, v := range []b3{{1, 2, 3}, {4, 5, 6}} {
		println(i, v[0], v[2])
	}
	for i, v := range [2]b5{{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}} {
		println(i, v[0], v[4])
	}
	for i, v := range []s12{{1, 2}, {-3, -4}, {5, 6}} {
		println(i, v.a, v.b)
	}
	for i, v := range []s16{{"x"}, {"yy"}} {
		println(i, v.s)
	}
	n := 0
	for i, v := range make([]empty, 4) {
		n += i
		_ = v
	}
	println("empty", n)
	for i, v := range [3][0]int{} {
		println("zero-length elements", i, len(v))
	}
	for i, v := range []int32{-1, 2} {
		println(i, v)
	}
	for i, v := range [2]uint16{65535, 1} {
		println(i, v)
	}
	for i, v := range []bool{true, false} {
		println(i, v)
	}
	for i, v := range []*int{nil} {
		println(i, v == nil)
	}
	for i, v := range [][]int{{1}, nil} {
		println(i, len(v))
	}
	// Changing the slice's elements while ranging by pointer form is seen.
	xs := []s12{{1, 1}, {2, 2}, {3, 3}}
	for i, v := range xs {
		if i+1 < len(xs) {
			xs[i+1].a += v.a
		}
		print(v.a, " ")
	}
	println()
}
