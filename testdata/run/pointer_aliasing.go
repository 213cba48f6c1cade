package main

type Counter struct {
	n    int
	hist [3]int
}

func bump(c *Counter) {
	c.hist[c.n%3] = c.n
	c.n++
}

func main() {
	c := Counter{}
	p := &c
	q := p
	bump(p)
	bump(q)
	bump(&c)
	println(c.n, c.hist[0], c.hist[1], c.hist[2], p == q, p == &c)

	// Two pointers to the same variable see each other's stores.
	v := 10
	a, b := &v, &v
	*a += 5
	*b *= 2
	println(v, *a, *b, a == b)

	// Distinct variables, distinct pointers.
	w := 10
	println(&v == &w, &v != &w)

	// A pointer taken before a struct assignment sees the new value.
	pn := &c.n
	c = Counter{n: 42}
	println(*pn)

	// Pointers to array elements alias the array.
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	arr = [3]int{7, 8, 9}
	println(*e)
	brr := arr // a copy: e still points into arr
	*e = 100
	println(arr[1], brr[1])

	// nil pointers compare equal.
	var n1, n2 *Counter
	println(n1 == n2, n1 == nil, p != nil)

	// A pointer stored in a struct.
	type holder struct{ p *int }
	h1 := holder{&v}
	h2 := h1
	*h2.p = -1
	println(v, h1.p == h2.p)
}
