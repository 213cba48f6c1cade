package main

func show(s []int) {
	for i, v := range s {
		if i > 0 {
			print(",")
		}
		print(v)
	}
	println()
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	// Overlapping copy forward: like memmove, not an element-by-element loop.
	n := copy(s[2:], s)
	println(n)
	show(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	println(n)
	show(s)
	// Copy returns the minimum length.
	dst := make([]int, 3)
	println(copy(dst, []int{9, 8, 7, 6, 5}), copy(dst[:0], s))
	show(dst)
	println(copy(s, dst))
	show(s)
	// From a string into bytes.
	b := make([]byte, 5)
	println(copy(b, "hi"), copy(b[2:], "there"))
	println(string(b))
	// nil and empty.
	var nilS []int
	println(copy(nilS, s), copy(s, nilS))
	// Copying structs with strings.
	type kv struct {
		k string
		v int
	}
	a := []kv{{"a", 1}, {"b", 2}, {"c", 3}}
	copy(a[1:], a)
	println(a[0].k, a[1].k, a[2].k, a[2].v)
	// An array through slicing.
	arr := [6]byte{'a', 'b', 'c', 'd', 'e', 'f'}
	copy(arr[1:], arr[:])
	println(string(arr[:]))
}
