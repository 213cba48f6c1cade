package main

type pair struct {
	a, b string
}

func swap(p pair) pair { return pair{p.b, p.a} }

func two() (pair, [2]int) { return pair{"x", "y"}, [2]int{1, 2} }

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	// Reverse in place with tuple assignment of elements.
	for i, j := 0, len(arr)-1; i < j; i, j = i+1, j-1 {
		arr[i], arr[j] = arr[j], arr[i]
	}
	println(arr[0], arr[1], arr[2], arr[3], arr[4])
	// Index expressions on the left are evaluated before the assignment.
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 2, 99
	println(i, s[0], s[2])
	// Struct fields swapped.
	p := pair{"first", "second"}
	p.a, p.b = p.b, p.a
	println(p.a, p.b)
	q := swap(p)
	println(q.a, q.b)
	// Whole arrays and structs in a tuple assignment.
	x, y := [2]string{"a", "b"}, [2]string{"c", "d"}
	x, y = y, x
	println(x[0], y[0])
	pa, pb := pair{"1", "2"}, pair{"3", "4"}
	pa, pb = pb, pa
	println(pa.a, pb.a)
	// Results of a call with aggregate results.
	var r pair
	var n [2]int
	r, n = two()
	println(r.a, r.b, n[0], n[1])
	// Rotate three elements of a slice of structs.
	ps := []pair{{"a", "1"}, {"b", "2"}, {"c", "3"}}
	ps[0], ps[1], ps[2] = ps[1], ps[2], ps[0]
	println(ps[0].a, ps[1].a, ps[2].a)
	// Pointers swapped.
	u, v := 1, 2
	pu, pv := &u, &v
	pu, pv = pv, pu
	*pu = 20
	println(u, v, *pv)
}
