package main

type point struct {
	x, y, z int
}

func main() {
	s := []int{10, 20, 30}
	for i, v := range s {
		println(i, v)
	}
	// The length is read once: appending in the body does not extend the loop.
	for i, v := range s {
		s = append(s, v+i)
	}
	println(len(s), s[3], s[4], s[5])

	// The slice header is read once, but the elements are shared: a change
	// to a later element is seen.
	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
		print(v, " ")
	}
	println()

	// Reassigning the slice variable in the body does not change the loop.
	u := []int{5, 6, 7}
	for i, v := range u {
		u = nil
		println(i, v)
	}
	println(u == nil)

	// nil and empty slices run zero times.
	var n []string
	for i, v := range n {
		println("never", i, v)
	}
	for range []int{} {
		println("never")
	}
	// Slices of structs (the pointer form), strings and bytes.
	pts := []point{{1, 2, 3}, {4, 5, 6}}
	for i, p := range pts {
		p.x = 99 // a copy
		println(i, p.x, p.y, p.z)
	}
	println(pts[0].x, pts[1].x)
	words := []string{"alpha", "beta", "gamma"}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	println(total)
	bs := []byte("hey")
	for i := range bs {
		bs[i] -= 32
	}
	println(string(bs))
	// A sub-slice.
	for i, v := range s[2:4] {
		println("sub", i, v)
	}
	// Nested loops over slices of slices.
	grid := [][]int{{1, 2}, {3}, {}, {4, 5, 6}}
	for i, row := range grid {
		sum := 0
		for _, v := range row {
			sum += v
		}
		println(i, len(row), sum)
	}
}
