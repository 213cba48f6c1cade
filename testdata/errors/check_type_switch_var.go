// The symbol of a type switch must be used in some clause; in multi-type clauses it keeps the interface type.
package main

type I interface{ M() }

type T struct{ f int }

func (T) M() {}

type U struct{ f int }

func (U) M() {}

func main() {
	var i I
	switch x := i.(type) { // ERROR `x declared but not used`
	case T:
	}
	switch y := i.(type) {
	case T, U:
		_ = y.f // ERROR `y\.f undefined \(type I has no field or method f\)`
	case nil:
		var z T = y // ERROR `cannot use y \(variable of type I\) as type T in variable declaration:(\n\tneed type assertion)?$`
		_ = z
	}
	switch w := i.(type) {
	case T:
		_ = w.f
	case U:
		fallthrough // ERROR `cannot fallthrough in type switch`
	default:
		w.M()
	}
	var e interface{}
	switch v := e.(type) {
	case int, string:
		_ = v + 1 // ERROR `invalid operation: v \+ 1 \(mismatched types interface\{\} and int\)`
	}
}
