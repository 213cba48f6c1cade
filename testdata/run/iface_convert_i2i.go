package main

type A interface{ F() int }
type AB interface {
	F() int
	G() int
}

type T int

func (t T) F() int { return int(t) }
func (t T) G() int { return int(t) * 2 }

type U struct{ s string }

func (u *U) F() int { return len(u.s) }
func (u *U) G() int { return 0 }

func main() {
	var ab AB = T(3)
	var a A = ab // convI2I
	println(a.F())
	var e any = a
	var e2 any = ab
	println(e == e2, e == T(3))
	ab = &U{"hello"}
	a = ab
	println(a.F(), ab.G())
	ab = nil
	a = ab
	println(a == nil)
	e = ab
	println(e == nil)
}
