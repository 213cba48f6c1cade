package main

type rec struct {
	id   int
	name string
}

var calls int

func arr() *[3]int {
	calls++
	return &[3]int{4, 5, 6}
}

func nilarr() *[3]int {
	calls++
	return nil
}

func main() {
	a := [4]int{1, 2, 3, 4}
	p := &a
	// Over a pointer to an array, the array is not copied: the body's
	// changes are seen by later iterations.
	for i, v := range p {
		if i+1 < len(p) {
			p[i+1] += v
		}
		print(v, " ")
	}
	println()
	for i := range p {
		p[i] *= 2
	}
	println(a[0], a[1], a[2], a[3])

	// A nil pointer to an array is fine with the index alone: len is a constant.
	var np *[5]int
	n := 0
	for i := range np {
		n += i
	}
	for range np {
		n++
	}
	for i, _ := range np {
		n += i
	}
	println("n", n)

	// The operand's calls are made, once, even when it is not read.
	for i := range nilarr() {
		n += i
	}
	for _, v := range arr() {
		n += v
	}
	println("n", n, "calls", calls)

	rs := &[2]rec{{1, "a"}, {2, "b"}}
	for i, r := range rs {
		rs[1].name = "changed" // seen: not a copy
		println(i, r.id, r.name)
	}
	var pz *[0]int
	for i, v := range pz {
		println("never", i, v)
	}
	println("before the panic")
	for i, v := range np {
		println("never", i, v)
	}
}
