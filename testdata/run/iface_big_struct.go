package main

type Summer interface{ Sum() int }

type Big struct {
	a    [20]int
	name string
}

func (b Big) Sum() int {
	s := 0
	for _, x := range b.a {
		s += x
	}
	return s + len(b.name)
}

func main() {
	var b Big
	for i := range b.a {
		b.a[i] = i
	}
	b.name = "big"
	var s Summer = b
	b.a[0] = 1000
	println(s.Sum(), b.Sum())
	var e any = b
	println(e == b, e == Big{})
	ss := []Summer{b, &b, Big{}}
	for _, x := range ss {
		println(x.Sum())
	}
}
