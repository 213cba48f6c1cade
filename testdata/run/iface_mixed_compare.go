package main

type E struct{ s string }

func (e E) Error() string { return e.s }

type Named interface{ Name() string }
type Full interface {
	Name() string
	Age() int
}

type P struct{ n string }

func (p *P) Name() string { return p.n }
func (p *P) Age() int     { return 3 }

func main() {
	var err error = E{"x"}
	var a any = E{"x"}
	println(err == a, a == err, err == E{"x"}, E{"y"} == err)
	p := &P{"bob"}
	var n Named = p
	var f Full = p
	println(n == f, f == n)
	var n2 Named = &P{"bob"}
	println(n == n2, n2 != f)
	var nilf Full
	var niln Named
	println(nilf == nil, niln == nil)
	println(p == n, n == p)
}
