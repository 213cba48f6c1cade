package main

type P2 struct{ x, y int }
type P1 struct{ v int }
type S3 struct {
	s string
	n int8
}

func retP2(a int) P2 { return P2{a, -a} }
func retP1(a int) P1 { return P1{a * 3} }
func retS3(s string) S3 { return S3{s + "!", int8(len(s))} }

func mix(a P1, b P2, c string, d S3, e int8, f [2]int16, g P2, h bool) int {
	r := a.v + b.x + b.y + len(c) + len(d.s) + int(d.n) + int(e) + int(f[0]) + int(f[1]) + g.x*g.y
	if h {
		r++
	}
	return r
}

func fact(n int, acc [1]int) [1]int {
	if n <= 1 {
		return acc
	}
	acc[0] *= n
	return fact(n-1, acc)
}

func main() {
	println(retP2(3).y, retP1(2).v, retS3("ab").s, retS3("abc").n)
	println(mix(P1{1}, P2{2, 3}, "four", S3{"five", 5}, -6, [2]int16{7, -8}, P2{9, 10}, true))
	println(fact(10, [1]int{1})[0])

	var rows [][3]int
	for i := 0; i < 5; i++ {
		rows = append(rows, [3]int{i, i * i, i * i * i})
	}
	println(len(rows), rows[4][2], rows[2][1])
	r2 := make([][3]int, 2)
	n := copy(r2, rows[3:])
	println(n, r2[0][0], r2[1][2])

	var ptrs []*P2
	for i := 0; i < 3; i++ {
		p := P2{i, i}
		ptrs = append(ptrs, &p)
	}
	println(ptrs[0].x, ptrs[1].x, ptrs[2].x, ptrs[0] != ptrs[1])

	var lits [][]P2
	for i := 0; i < 3; i++ {
		lits = append(lits, []P2{{i, 0}, {0, i}})
	}
	lits[0][0].x = 42
	println(lits[0][0].x, lits[1][0].x, lits[2][1].y)

	ss := make([]S3, 3)
	println(ss[1].s == "", ss[2].n)
	ss = append(ss, retS3("xyz"), S3{"q", 1})
	println(len(ss), ss[3].s, ss[4].n, cap(ss))

	type withPtrs struct {
		ps  [3]*int
		cnt int
	}
	a, b := 1, 2
	w := withPtrs{ps: [3]*int{&a, nil, &b}}
	*w.ps[2] = 20
	w2 := w
	*w2.ps[0] = 10
	println(a, b, w.ps[1] == nil, w == w2)
}
