package main

type Node interface {
	Next() Node
	Val() int
}

type L struct {
	v    int
	next *L
}

func (l *L) Next() Node {
	if l.next == nil {
		return nil
	}
	return l.next
}
func (l *L) Val() int { return l.v }

type S interface{ M() int }

type Emb struct{ S }

type Impl int

func (i Impl) M() int { return int(i) * 10 }

var _ S = Impl(0)

func main() {
	type Local interface{ M() int }
	var lo Local = Impl(4)
	println(lo.M())
	var x interface{ M() int } = Impl(2)
	f := x.M
	println(f())
	g := (interface{ M() int }).M
	println(g(Impl(3)))
	var n Node = &L{1, &L{2, &L{3, nil}}}
	s := 0
	for ; n != nil; n = n.Next() {
		s += n.Val()
	}
	println(s)
	p := &Emb{Impl(5)}
	println(p.M())
	var s2 S = p
	println(s2.M())
	var e any = any(nil)
	println(e == nil, any(5) == 5)
	h := func() any { return lo }
	println(h() == lo)
	var arr [3]S
	arr[1] = Impl(1)
	println(arr[0] == nil, arr[1].M())
}
