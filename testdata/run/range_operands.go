package main

type T struct {
	arr  [3]int
	list []string
	next *T
}

type Bytes []byte
type Name string

var global = [4]int{1, 2, 3, 4}

var gi, gv int

func main() {
	// A package-level array is copied too.
	for i, v := range global {
		global[3] = 100
		if i == 3 {
			println("global", v, global[3])
		}
	}
	// Struct fields as operands and as iteration variables.
	t := &T{arr: [3]int{7, 8, 9}, list: []string{"a", "b"}}
	t.next = t
	for i, v := range t.arr {
		t.arr[2] = 0 // t.arr was copied
		println(i, v)
	}
	for _, s := range t.next.list {
		println(s)
	}
	for t.arr[0], t.arr[1] = range []int{5, 6, 7} {
	}
	println(t.arr[0], t.arr[1], t.arr[2])
	// Package-level iteration variables.
	for gi, gv = range [3]int{10, 20, 30} {
	}
	println(gi, gv)
	// *p as the operand: the array it points to, copied.
	p := &[2]string{"x", "y"}
	for i, v := range *p {
		p[1] = "changed"
		println(i, v)
	}
	// Named slice and string types.
	for i, b := range Bytes("hi") {
		println(i, b)
	}
	for i, r := range Name("héllo") {
		print(i, ":", r, " ")
	}
	println()
	// The operand's name reused for the variable.
	s := []int{4, 5, 6}
	for _, s := range s {
		print(s, " ")
	}
	println(len(s))
	// A slice expression and a conversion as operands.
	for i, c := range []byte("abcdef")[2:4] {
		println(i, string(rune(c)))
	}
	// Nested ranges over the same slice.
	pairs := 0
	xs := []int{1, 2, 3}
	for _, a := range xs {
		for _, b := range xs {
			if a < b {
				pairs++
			}
		}
	}
	println("pairs", pairs)
}
