// mgc-only: go1.19 accepts this program; the interface forms codegen does not
// lower yet are rejected by the support gate rather than lowered wrongly.
package main

type I interface{ M() int }

type T int

func (t T) M() int { return int(t) }

func two() (T, int) { return 1, 2 }

func pair() (I, any) {
	return two() // ERROR "multiple values converted to interfaces are not yet supported by mgc"
}

func main() {
	var i I
	var a any
	i, a = two() // ERROR "multiple values converted to interfaces are not yet supported by mgc"
	var x, y any = two() // ERROR "multiple values converted to interfaces are not yet supported by mgc"
	defer i.M() // ERROR "deferred calls of interface methods are not yet supported by mgc"
	for _, a = range []int{1} { // ERROR "range loops assigning to interface variables are not yet supported by mgc"
	}
	switch 1 {
	case a: // ERROR "switch cases of interface type with a concrete tag are not yet supported by mgc"
	}
	println(x, y)
	pair()
}
