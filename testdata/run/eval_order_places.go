package main

var trace string

func idx(i int) int {
	trace += string(rune('0' + i))
	return i
}

func val(v int) int {
	trace += "v"
	return v
}

type T struct {
	arr [4]int
	s   []int
}

func getT(t *T) *T {
	trace += "t"
	return t
}

func main() {
	a := [4]int{}
	a[idx(1)] = val(10)
	println(trace, a[1])
	trace = ""
	a[idx(2)], a[idx(3)] = val(20), val(30)
	println(trace, a[2], a[3])
	trace = ""
	a[idx(0)] += val(5)
	println(trace, a[0])
	trace = ""
	s := []int{1, 2, 3}
	s[idx(2)]++
	println(trace, s[2])
	trace = ""
	var t T
	t.s = make([]int, 4)
	getT(&t).arr[idx(1)] = val(7)
	getT(&t).s[idx(3)] = val(8)
	println(trace, t.arr[1], t.s[3])
	trace = ""
	// Arguments are evaluated left to right.
	sum := idx(1) + idx(2)*idx(3)
	println(trace, sum)
	trace = ""
	x := []int{idx(3), idx(1), idx(2)}
	println(trace, x[0])
	trace = ""
	p := T{arr: [4]int{idx(1), idx(2)}, s: []int{idx(3)}}
	println(trace, p.arr[1], p.s[0])
	// A value read before an assignment in the same statement is the old value.
	i := 0
	arr := [3]int{5, 6, 7}
	i, arr[i] = 1, arr[i+1]
	println(i, arr[0], arr[1])
}
