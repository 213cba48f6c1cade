// The multi-value forms whose values convert to interfaces, deferred
// interface method calls, range loops assigning interface variables and a
// concrete switch tag with interface cases (codegen/tuple.c, icall.c, switch.c).
package main

type I interface{ M() int }

type T int

func (t T) M() int { return int(t) * 10 }

type S struct{ a, b string }

func (s S) M() int { return len(s.a) + len(s.b) }

func two() (T, int) { return 1, 2 }

func three() (S, string, float64) { return S{"ab", "c"}, "str", 2.5 }

func pair() (I, any) {
	return two()
}

func show(i I, a any) {
	println(i.M(), a.(int))
}

func show3(i I, a any, b any) {
	println(i.M(), a.(string), b.(float64))
}

func look(m map[string]int, k string) (v any, ok any) {
	v, ok = m[k]
	return
}

func deferred() (r int) {
	var i I = T(4)
	defer func() { r = r + 1 }()
	defer i.M()
	i = T(5)
	return i.M()
}

func nilDefer() {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	var i I
	defer i.M()
	println("not reached")
}

func main() {
	var i I
	var a any
	i, a = two()
	println(i.M(), a.(int))
	var x, y any = two()
	println(x.(T), y.(int))
	p, q := pair()
	println(p.M(), q.(int))
	show(two())
	show3(three())
	v, ok := look(map[string]int{"k": 7}, "k")
	println(v.(int), ok.(bool))
	v, ok = look(nil, "z")
	println(v.(int), ok.(bool))
	var e any
	var okv any
	e, okv = a.(int)
	println(e.(int), okv.(bool))
	m := map[int]string{3: "three"}
	e, okv = m[3]
	println(e.(string), okv.(bool))
	println(deferred())
	nilDefer()
	for _, a = range []int{5, 6} {
		println(a.(int))
	}
	var k any
	for k, a = range "hé" {
		println(k.(int), a.(rune))
	}
	var ii I
	for _, ii = range []T{7, 8} {
		println(ii.M())
	}
	for k = range map[string]bool{"only": true} {
		println(k.(string))
	}
	a = 1
	switch 1 {
	case a:
		println("1 == a")
	}
	i = T(3)
	switch T(3) {
	case i:
		println("T(3) == i")
	}
	switch 2 {
	case a:
		println("wrong")
	default:
		println("2 != a")
	}
}
