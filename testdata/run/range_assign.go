package main

type T struct {
	k, v int
}

func main() {
	// Assignment forms: any addressable operand on the left.
	var x [4]int
	var i int
	// The index of x[i] is computed before i is assigned, in each iteration.
	for i, x[i] = range [4]int{10, 20, 30, 40} {
	}
	println(i, x[0], x[1], x[2], x[3])

	var t T
	p := &t
	for p.k, p.v = range []int{7, 8, 9} {
		println(t.k, t.v)
	}
	println("after", t.k, t.v)

	ks := make([]int, 3)
	vs := make([]string, 3)
	j := 0
	for ks[j], vs[j] = range []string{"a", "b", "c"} {
		j++
		if j == 3 {
			break
		}
	}
	println(ks[0], ks[1], ks[2], vs[0], vs[1], vs[2])

	// The variables keep their last values after the loop.
	var k, v int
	for k, v = range []int{3, 1, 4, 1, 5} {
	}
	println(k, v)
	for k = range [7]int{} {
	}
	println(k)
	// A variable that is not assigned keeps its value when the loop runs zero times.
	k = -1
	for k = range []int{} {
	}
	println(k)
	var q *int = &v
	for _, *q = range []int{42, 43} {
	}
	println(v)
	var s string
	for _, s = range [2]string{"first", "second"} {
	}
	println(s)
}
