package main

type pair struct {
	a, b int
}

type big struct {
	name string
	n    int
	tags [3]byte
}

func sum(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	for i, v := range a {
		println(i, v)
	}
	println("sum", sum(a))

	// The array is copied before the loop: changes in the body are not seen.
	for i, v := range a {
		if i+1 < len(a) {
			a[i+1] = 100 * v
		}
		print(v, " ")
	}
	println()
	println(a[0], a[1], a[2], a[3], a[4])

	// Index only: no copy, the body's changes are visible through a.
	b := [4]int{1, 1, 1, 1}
	for i := range b {
		if i > 0 {
			b[i] = b[i-1] * 3
		}
	}
	println(b[0], b[1], b[2], b[3])

	// No variables at all.
	n := 0
	for range b {
		n++
	}
	println("n", n)

	// Elements of every size: bytes, int16, structs of two words, strings.
	bs := [3]byte{'x', 'y', 'z'}
	for i, c := range bs {
		println(i, c, string(rune(c)))
	}
	hs := [3]int16{-1, 300, -32768}
	for _, h := range hs {
		println(h)
	}
	ps := [3]pair{{1, 2}, {3, 4}, {5, 6}}
	for i, p := range ps {
		println(i, p.a, p.b)
		ps[2].a = 50 // not seen: ps was copied
	}
	println(ps[2].a)
	ss := [...]string{"go", "mini", "", "range"}
	for i, s := range ss {
		println(i, s, len(s))
	}
	bigs := [2]big{{"one", 1, [3]byte{1, 2, 3}}, {"two", 2, [3]byte{4, 5, 6}}}
	for i, v := range bigs {
		println(i, v.name, v.n, v.tags[0], v.tags[2])
	}
	// Blank key, blank value.
	t := 0
	for _, v := range [3]int{7, 8, 9} {
		t += v
	}
	for i, _ := range [3]int{7, 8, 9} {
		t += i
	}
	println("t", t)
	// Empty arrays.
	var e [0]int
	for i, v := range e {
		println("never", i, v)
	}
	var es [0]big
	for i, v := range es {
		println("never", i, v.n)
	}
	println("done")
}
