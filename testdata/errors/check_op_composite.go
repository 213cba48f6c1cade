// Arithmetic, ordering and logical operators are not defined on composite values.
package main

type P struct{ x int }

func main() {
	s := []int{1}
	a := [2]int{}
	m := map[int]int{}
	p := P{}
	ptr := &p
	_ = s + s     // ERROR `invalid operation: operator \+ not defined on s \(variable of type \[\]int\)`
	_ = a < a     // ERROR `invalid operation: a < a \(operator < not defined on array\)`
	s += s        // ERROR `invalid operation: operator \+ not defined on s \(variable of type \[\]int\)`
	p++           // ERROR `invalid operation: p\+\+ \(non-numeric type P\)`
	_ = -a        // ERROR `invalid operation: operator - not defined on a \(variable of type \[2\]int\)`
	_ = !p        // ERROR `invalid operation: operator ! not defined on p \(variable of type P\)`
	_ = ptr > ptr // ERROR `invalid operation: ptr > ptr \(operator > not defined on pointer\)`
	_ = m * 2     // ERROR `cannot convert 2 \(untyped int constant\) to map\[int\]int`
	_ = "a" + a   // ERROR `invalid operation: "a" \+ a \(mismatched types untyped string and \[2\]int\)`
}
