package main

type T struct {
	a   int
	b   [4]int16
	s   string
	sub struct{ x, y uint8 }
}

func inc(p *int) { *p++ }

func set16(p *int16, v int16) { *p = v }

func main() {
	var t T
	pa := &t.a
	*pa = 5
	inc(pa)
	inc(&t.a)
	println(t.a)

	pb := &t.b[2]
	set16(pb, -300)
	set16(&t.b[0], 7)
	println(t.b[0], t.b[1], t.b[2], t.b[3])

	ps := &t.s
	*ps = "hello"
	*ps += " world"
	println(t.s)

	py := &t.sub.y
	*py = 255
	*py++ // wraps
	println(t.sub.y)

	// Pointers into an array variable.
	arr := [5]int{1, 2, 3, 4, 5}
	p0, p4 := &arr[0], &arr[4]
	*p0, *p4 = *p4, *p0
	println(arr[0], arr[4])

	// Pointers into a slice's backing array.
	s := []int{10, 20, 30}
	p1 := &s[1]
	*p1 = 200
	println(s[1])
	s2 := s[1:]
	println(&s2[0] == p1, s2[0])

	// A pointer to a whole array and to an element of an array of structs.
	pt := &[3]T{}
	pt[1].a = 3
	elem := &pt[1]
	elem.b[3] = 4
	println(pt[1].a, pt[1].b[3], len(pt))

	// Pointers to pointers.
	x := 1
	px := &x
	ppx := &px
	**ppx = 2
	y := 3
	*ppx = &y
	*px = 30
	println(x, y, *px, **ppx)
}
