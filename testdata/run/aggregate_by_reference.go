// Structs and arrays of more than 16 words cross calls as the address of a
// private copy: the callee's changes stay its own, results are fresh values,
// and value receivers, method values, closures and defers all copy.
package main

type Wide struct {
	A, B, C, D, E, F, G, H int
	S1, S2, S3, S4         string
	Arr                    [6]int
	Name                   string
}

func (w Wide) Sum() int {
	t := w.A + w.B + w.C + w.D + w.E + w.F + w.G + w.H
	for _, x := range w.Arr {
		t += x
	}
	w.A = -1000 // the receiver is a copy
	return t
}

func (w *Wide) Bump() { w.A++ }

func modify(w Wide) Wide {
	w.A = 100
	w.Name = "modified"
	w.Arr[5] = 50
	return w
}

func make2(n int) (Wide, Wide) {
	a := Wide{A: n, Name: "a"}
	b := a
	b.Name = "b"
	b.Arr[0] = n * 2
	return a, b
}

func main() {
	w := Wide{A: 1, B: 2, H: 8, Arr: [6]int{1, 2, 3, 4, 5, 6}, Name: "w"}
	m := modify(w)
	println(w.A, w.Name, w.Arr[5], m.A, m.Name, m.Arr[5])
	println(w.Sum(), w.A)
	sum := w.Sum
	w.Bump()
	println(sum(), w.Sum(), w.A)
	a, b := make2(7)
	println(a.A, a.Name, a.Arr[0], b.Name, b.Arr[0])
	f := func(x Wide) int { x.B = 99; return x.B + w.B }
	println(f(w), w.B)
	defer func(x Wide) { println("deferred", x.A, x.Name) }(w)
	w.A = 500
	w.Name = "changed"
	ws := []Wide{w, m}
	ws[0].H = 0
	println(ws[0].H, w.H, modify(ws[1]).Name)
}
