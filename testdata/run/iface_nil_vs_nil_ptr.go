package main

type E interface{ M() string }

type T struct{}

func (t *T) M() string {
	if t == nil {
		return "nil receiver"
	}
	return "T"
}

func get(fail bool) E {
	var p *T
	if fail {
		return p // a non-nil interface holding a nil *T
	}
	return nil
}

func main() {
	a := get(false)
	b := get(true)
	println(a == nil, b == nil, b != nil)
	println(b.M())
	var p *T
	var e E = p
	println(e == nil, e != nil)
	e = nil
	println(e == nil)
	var x any = p
	println(x == nil, x == (*T)(nil))
}
