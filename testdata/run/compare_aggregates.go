package main

type P struct {
	X, Y int
}

type Named struct {
	Name string
	Age  int
}

type Padded struct {
	a int8
	b int64
	c bool
}

type WithBlank struct {
	A int
	_ int
	B string
}

type Deep struct {
	p   P
	arr [2]Named
	ptr *int
}

func main() {
	println(P{1, 2} == P{1, 2}, P{1, 2} == P{2, 1}, P{1, 2} != P{1, 3})

	// Strings compare by contents, not by pointer.
	a := Named{"bob", 3}
	s := "bo"
	b := Named{s + "b", 3}
	println(a == b, a != b, a == Named{"bob", 4}, a == Named{})

	// Padding bytes do not matter.
	var x, y Padded
	x.a, x.b, x.c = -1, 1<<40, true
	y = Padded{-1, 1 << 40, true}
	println(x == y)
	y.c = false
	println(x == y, x != y)

	// Blank fields are ignored by ==.
	w1 := WithBlank{A: 1, B: "b"}
	w2 := WithBlank{A: 1, B: "b"}
	println(w1 == w2)

	// Arrays.
	println([3]int{1, 2, 3} == [3]int{1, 2, 3}, [3]int{1, 2, 3} == [3]int{1, 2, 4})
	sa := [2]string{"x", "yy"}
	sb := [2]string{"x", "y" + "y"}
	println(sa == sb, sa != sb)
	sb[1] = "yz"
	println(sa == sb)
	var za, zb [0]int
	println(za == zb)
	println([2]bool{true, false} == [2]bool{true, false}, [4]byte{1} == [4]byte{1, 0, 0, 0})

	// Nested structs and arrays, pointers compare by identity.
	v := 1
	u := 1
	d1 := Deep{P{1, 1}, [2]Named{{"a", 1}, {"b", 2}}, &v}
	d2 := d1
	println(d1 == d2)
	d2.arr[1].Name = "c"
	println(d1 == d2)
	d2 = d1
	d2.ptr = &u
	println(d1 == d2, *d1.ptr == *d2.ptr)
	d2.ptr = &v
	println(d1 == d2)

	// Arrays of structs with strings.
	t1 := [3]Named{{"a", 1}, {"b", 2}, {"c", 3}}
	t2 := t1
	println(t1 == t2)
	t2[2].Age = 4
	println(t1 == t2, t1 != t2)

	// Large arrays (beyond inline copies).
	var big1, big2 [100]int
	for i := range big1 {
		big1[i] = i * i
		big2[i] = i * i
	}
	println(big1 == big2)
	big2[99]++
	println(big1 == big2)

	// Pointers.
	p1 := &P{1, 2}
	p2 := &P{1, 2}
	println(p1 == p2, *p1 == *p2, p1 == p1)
}
