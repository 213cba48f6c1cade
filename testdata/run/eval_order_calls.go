// gc evaluates a statement's calls first, left to right, and reads plain
// variables afterwards (the spec leaves that order open; go1.19 is the oracle).
package main

var counter int

func bump() int {
	counter++
	return counter
}

type T struct{ n int }

func (t *T) inc() int {
	t.n++
	return t.n
}

func main() {
	println(counter, bump())
	x := counter + bump()
	println(x)
	a := []int{0, 0, 0, 0, 0}
	i := 1
	next := func() int { i++; return i }
	a[i] = next()
	println(a[1], a[2], a[3], i)
	t := &T{}
	println(t.n, t.inc(), t.n)
	y := 10
	add := func(d int) int { y += d; return y }
	y += add(5)
	println(y)
	z := 1
	if z == add(0)-14 && z < add(1) {
		println("both", z, y)
	}
	s := []int{counter}
	s = append(s, bump(), counter)
	println(s[0], s[1], s[2])
}
