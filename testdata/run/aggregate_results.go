package main

type P struct{ x, y int }

type Big struct {
	vals [10]int
	name string
}

var calls int

func mkArr() [5]int {
	calls++
	return [5]int{1, 2, 3, 4, 5}
}

func mkP(x int) P { return P{x, x * 2} }

func mkBig(n int) Big {
	var b Big
	for i := range b.vals {
		b.vals[i] = n + i
	}
	b.name = "big"
	return b
}

func main() {
	println(len(mkArr()), cap(mkArr()), calls)
	println(mkArr()[4], mkP(3).y, mkBig(5).vals[9], mkBig(1).name)
	i := 2
	println(mkArr()[i])
	bs := []Big{mkBig(0), mkBig(100)}
	bs[0], bs[1] = bs[1], bs[0]
	println(bs[0].vals[0], bs[1].vals[0])
	var arr [3]Big
	arr[2] = arr[0]
	arr[0] = mkBig(7)
	arr[1] = arr[0]
	arr[1].vals[3] = -1
	println(arr[0].vals[3], arr[1].vals[3], arr[2].name == "")
	x := [3]int{}
	p := &x
	*p = [3]int{1, 2, 3}
	println(x[2])
	x = x
	*p = *p
	println(x[0])
	switch mkP(2) {
	case P{1, 2}:
		println("one")
	case P{2, 4}:
		println("two")
	}
	switch mkArr() {
	case [5]int{}:
		println("zero")
	default:
		println("default")
	}
	println(mkP(1) == P{1, 2}, mkBig(1) == mkBig(1), mkBig(1) != mkBig(2))
	for j, v := range mkArr() {
		if j == 4 {
			println("range call", v, calls)
		}
	}
	for _, c := range []byte("hey") {
		print(c, " ")
	}
	println()
	n := 0
	for range mkBig(3).vals {
		n++
	}
	println(n)
}
