// append grows by go1.19's rule (cap printed), 3-index slices share until they grow, copy, []byte/[]rune conversions.
package main

type Pt struct{ X, Y int }

func sum(xs ...int) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		print(len(s), "/", cap(s), " ")
	}
	println()
	println(sum(s...), sum(), sum(1, 2))
	t := s[3:7]
	println(len(t), cap(t), t[0], t[3])
	u := s[2:4:5]
	println(len(u), cap(u))
	u = append(u, 100)
	println(s[4])
	u = append(u, 200)
	u[0] = -1
	println(s[2], u[0])
	b := []byte("héllo")
	println(len(b), b[1], string(b[2:]))
	r := []rune("héllo")
	println(len(r), r[1], string(r))
	m := make([]Pt, 3, 10)
	m[1].X = 5
	m = append(m, Pt{7, 8})
	println(len(m), cap(m), m[1].X, m[3].Y)
	n := copy(m, []Pt{{1, 1}})
	println(n, m[0].X)
	var arr [5]int
	as := arr[1:3]
	as[0] = 9
	println(arr[1], len(as), cap(as))
	bs := append([]byte("ab"), "cd"...)
	println(string(bs))
	grid := make([][]int, 3)
	for i := range "abc" {
		grid[i] = make([]int, i+1)
	}
	println(len(grid[2]))
	var big []string
	for i := 0; i < 1000; i++ {
		big = append(big, "x")
	}
	println(len(big), cap(big))
	println(s[1:2] == nil, s[:0] == nil)
}
