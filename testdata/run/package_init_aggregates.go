package main

type Base struct{ id int }
type Derived struct {
	Base
	name string
}

var ds = []Derived{mk(1, "a"), mk(2, "b")}
var first = ds[0]
var total = sum(ds)
var tbl = [3]Derived{1: {Base{5}, "five"}}

func mk(i int, n string) Derived { return Derived{Base{i}, n} }

func sum(d []Derived) int {
	t := 0
	for _, x := range d {
		t += x.id
	}
	return t
}

func main() {
	println(first.name, total, tbl[1].id, tbl[0].name == "")
	d1 := mk(1, "a")
	println(d1 == ds[0], d1 == first, d1.Base == Base{1}, d1 != ds[1])
	ds[0].id = 10
	println(first.id, ds[0].id)

	pa := &[5]int{1, 2, 3, 4, 5}
	println(len(pa), cap(pa), pa[4], len(pa[1:3]), cap(pa[1:3]))
	var i uint8 = 3
	pa[i] += 10
	println(pa[3])
	for j := range pa {
		pa[j] = pa[len(pa)-1-j]
	}
	println(pa[0], pa[1], pa[2], pa[3], pa[4])
	q := pa
	q[0] = 0
	println(pa[0], *pa == *q)
	arrOfPtrArr := [2]*[2]int{{1, 2}, {3, 4}}
	arrOfPtrArr[1][0] = 30
	println(arrOfPtrArr[1][0], arrOfPtrArr[0][1])
}
