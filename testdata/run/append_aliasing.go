package main

func main() {
	// Two appends to the same slice with room share the backing array.
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	println(a[3], b[3]) // 2 2: b overwrote a's element

	// Without room, append copies: the results are independent.
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	println(c[3], d[3], len(full), cap(full))
	c[0] = 100
	println(full[0], d[0])

	// The appended-to slice keeps its length.
	s := make([]int, 0, 4)
	t := append(s, 1, 2)
	println(len(s), len(t), cap(t))
	// Growing the prefix later overwrites t's elements.
	s = append(s, 9)
	println(t[0], t[1])

	// Appending a slice to itself.
	e := []int{1, 2, 3}
	e = append(e, e...)
	println(len(e), e[3], e[5])
	f := make([]int, 2, 8)
	f[0], f[1] = 7, 8
	f = append(f, f...)
	f = append(f, f[1:3]...)
	println(len(f), f[0], f[1], f[2], f[3], f[4], f[5])

	// append of a string to a []byte.
	bs := []byte("abc")
	bs = append(bs, "def"...)
	bs = append(bs, 'g')
	println(string(bs), len(bs))

	// append to nil.
	var n []string
	n = append(n, "x")
	n = append(n)
	println(len(n), n[0])
	var m []int
	m = append(m, []int{}...)
	println(m == nil, len(m))

	// Shrinking then appending reuses the array.
	g := []int{1, 2, 3, 4, 5}
	h := g[:2]
	h = append(h, 30)
	println(g[2], len(h), cap(h))
	// A full slice expression caps the slice so that append copies.
	k := g[:2:2]
	k = append(k, 300)
	println(g[2], k[2])
}
