// Embedded fields and methods promoted at the same depth make a selector ambiguous; a shallower name wins.
package main

type A struct{ X, Y int }

func (A) M() {}

type B struct{ X int }

func (B) M() {}

func (*B) N() {}

type C struct{ N int }

type D struct {
	A
	B
	Y string
}

type E struct {
	D
	C
}

type F struct {
	A
	*B
}

func main() {
	var d D
	_ = d.X // ERROR `ambiguous selector d\.X`
	d.M()   // ERROR `ambiguous selector d\.M`
	_ = d.Y + "ok"
	var e E
	_ = e.X // ERROR `ambiguous selector e\.X`
	e.N()   // ERROR `invalid operation: cannot call non-function e\.N \(variable of type int\)`
	_ = e.D.B.X
	var f F
	f.M()   // ERROR `ambiguous selector f\.M`
	_ = f.X // ERROR `ambiguous selector f\.X`
	var g struct {
		A
		B
	}
	_ = g.M // ERROR `ambiguous selector g\.M`
	_ = D.M // ERROR `ambiguous selector D\.M`
}
