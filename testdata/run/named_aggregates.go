package main

type Wide struct {
	a, b, c, d, e, f, g, h, i, j int
	s                            string
}

type IntList []int
type Grid [2][2]int
type PWide *Wide

type A struct{ x, y int }
type B A

func mk(n int) Wide {
	return Wide{n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7, n + 8, n + 9, "w"}
}

func sumWide(x Wide, y Wide, k int, arr [20]int) int {
	return x.a + x.j + y.a + y.j + k + arr[0] + arr[19] + len(x.s)
}

func many(a, b, c, d, e, f, g, h int, s string, w Wide, t []int) (int, string, Wide, []int) {
	return a + b + c + d + e + f + g + h + len(t), s + w.s, w, t[1:]
}

func total(l IntList) int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func main() {
	var arr [20]int
	arr[0], arr[19] = 100, 1000
	println(sumWide(mk(1), mk(2), 3, arr))
	n, s, w, t := many(1, 2, 3, 4, 5, 6, 7, 8, "x", mk(10), []int{1, 2, 3})
	println(n, s, w.j, len(t), t[0])

	l := IntList{1, 2, 3}
	l = append(l, 4)
	println(total(l), len(l), total(l[1:]), total(IntList(nil)))
	var g Grid
	g[1][1] = 4
	h := g
	h[0][0] = 1
	println(g == h, g[1][1], h[0][0])
	a := A{1, 2}
	b := B(a)
	b.x = 10
	println(a.x, b.x, A(b) == a, A(b) == A{10, 2})
	var pw PWide = &Wide{s: "pw"}
	println(pw.s, (*pw).a)

	// Zero-size types.
	type empty struct{}
	var e1, e2 empty
	println(e1 == e2)
	es := make([]empty, 5)
	es = append(es, empty{})
	println(len(es))
	var z [0]string
	println(len(z), z == [0]string{})
	type withZero struct {
		a [0]int
		b int
		c struct{}
	}
	wz := withZero{b: 3}
	println(wz.b, wz == withZero{b: 3})
	for i, v := range es {
		_ = v
		if i == 5 {
			println("last", i)
		}
	}
	// Conversions of slices between named types.
	raw := []int(l)
	raw[0] = 50
	println(l[0])
	// Slices of pointers.
	ptrs := []*A{{1, 1}, {2, 2}}
	for _, p := range ptrs {
		p.x *= 10
	}
	println(ptrs[0].x, ptrs[1].x)
}
