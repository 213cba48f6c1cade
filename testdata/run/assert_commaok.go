// The comma-ok forms in every context: :=, =, `_, ok`, if init, var.
package main

type I interface{ M() int }
type T struct{ a, b, c int }

func (t T) M() int { return t.a + t.b + t.c }

var g any = T{1, 2, 3}
var gv, gok = g.(T)

func check(x any) (int, bool) {
	v, ok := x.(int)
	return v, ok
}

func main() {
	println(gv.a, gok)
	var x any = "hello"
	s, ok := x.(string)
	println(s, ok)
	n, ok := x.(int)
	println(n, ok)
	_, ok = x.(float64)
	println(ok)
	var t T
	t, ok = g.(T)
	println(t.M(), ok)
	var f float64
	f, ok = x.(float64)
	println(f, ok)
	if v, ok := g.(I); ok {
		println("I", v.M())
	}
	if _, ok := x.(I); !ok {
		println("string is not I")
	}
	var sl []int
	sl, ok = x.([]int)
	println(sl == nil, ok)
	var y any = []int{1, 2, 3}
	sl, ok = y.([]int)
	println(len(sl), ok)
	var nilany any
	_, ok = nilany.(int)
	println(ok)
	var e any
	e, ok = nilany.(any)
	println(e == nil, ok)
	e, ok = x.(any)
	println(e.(string), ok)
	println(check(3))
	println(check("3"))
	var i I = T{4, 5, 6}
	tt, ok := i.(T)
	println(tt.c, ok)
	var ni I
	tt, ok = ni.(T)
	println(tt.a, ok)
	var w1, w2 = i.(T)
	println(w1.b, w2)
}
