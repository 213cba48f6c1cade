// The * operator needs a pointer operand, and & needs an addressable operand or a composite literal.
package main

type T struct{ f int }

func get() T { return T{} }

func main() {
	x := 1
	var t T
	m := map[int]int{}
	_ = *x        // ERROR `invalid operation: cannot indirect x \(variable of type int\)`
	_ = *nil      // ERROR `invalid operation: cannot indirect nil`
	_ = &1        // ERROR `invalid operation: cannot take address of 1 \(untyped int constant\)`
	_ = &get()    // ERROR `invalid operation: cannot take address of get\(\) \(value of type T\)`
	_ = &m[0]     // ERROR `invalid operation: cannot take address of m\[0\] \(map index expression of type int\)`
	_ = &get().f  // ERROR `invalid operation: cannot take address of get\(\)\.f \(value of type int\)`
	_ = &"abc"[0] // ERROR `invalid operation: cannot take address of "abc"\[0\] \(value of type byte\)`
	_ = &len("a") // ERROR `invalid operation: cannot take address of len\("a"\) \(constant 1 of type int\)`
	_ = &T{}
	_ = &x
	_ = **(&t.f) // ERROR `invalid operation: cannot indirect \*\(&t\.f\) \(variable of type int\)`
}
