// bool_ops: bool variables, !, ==, != on bools, bool parameters and results.
package main

func not(b bool) bool { return !b }

func xor(a, b bool) bool { return a != b }

func both(a, b bool) (bool, bool) { return a && b, a || b }

func main() {
	var z bool
	println(z, !z, not(z), not(not(z)))
	a := true
	b := false
	println(a == b, a != b, a == !b, xor(a, b), xor(a, a), xor(b, b))
	and, or := both(a, b)
	println(and, or)
	and, or = both(a, a)
	println(and, or)
	c := 3 > 2
	d := "x" < "y"
	println(c, d, c == d)
	c = !c
	println(c)
}
