// Assertion results used as values of every type: in expressions, as
// arguments, results, composite literal elements, map keys, method
// receivers, and assigned through pointers and into fields.
package main

type Vec struct{ X, Y float64 }

func (v Vec) Len2() float64 { return v.X*v.X + v.Y*v.Y }

type Big struct {
	a [20]int
	s string
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pick(x any) Vec { return x.(Vec) }

func main() {
	var x any = Vec{3, 4}
	println(x.(Vec).Len2(), pick(x).X+x.(Vec).Y)
	var b Big
	b.a[19] = 7
	b.s = "big"
	x = b
	println(x.(Big).a[19], x.(Big).s)
	bb := x.(Big)
	bb.a[0] = 1
	println(x.(Big).a[0], bb.a[0])
	var y any = []int{1, 2, 3}
	println(sum(y.([]int)), sum(append(y.([]int), 4)))
	m := map[string]int{}
	var k any = "key"
	m[k.(string)] = 5
	println(m["key"])
	vs := []Vec{x2(1), x2(2)}
	println(vs[1].Y)
	p := &Vec{}
	*p = any(Vec{5, 6}).(Vec)
	println(p.X, p.Y)
	var f any = 0.5
	println(f.(float64)*f.(float64) + 1)
	var fn any = func(a int) int { return a * 3 }
	println(fn.(func(int) int)(4))
	var e any = struct{ A, B int }{1, 2}
	println(e.(struct{ A, B int }).B)
	s := []any{1, 2, 3}
	t := 0
	for _, v := range s {
		t += v.(int)
	}
	println(t)
	var ptr any = &b
	ptr.(*Big).s = "changed"
	println(b.s)
}

func x2(f float64) Vec {
	var a any = Vec{f, f * 2}
	return a.(Vec)
}
