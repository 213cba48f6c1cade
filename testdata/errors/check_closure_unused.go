// Variables declared in function literals must be used there or in a nested literal; capturing counts as a use.
package main

func main() {
	f := func() {
		a := 1 // ERROR `a declared but not used`
	}
	g := func(x int) int {
		y := x       // ERROR `y declared but not used`
		var z string // ERROR `z declared but not used`
		return x
	}
	captured := 2
	h := func() {
		println(captured)
		inner := 3
		func() {
			inner2 := inner // ERROR `inner2 declared but not used`
		}()
	}
	unusedFunc := func() {} // ERROR `unusedFunc declared but not used`
	f()
	_ = g
	h()
	var k = func() {
		b, c := 1, 2 // ERROR `c declared but not used`
		_ = b
	}
	k()
}
