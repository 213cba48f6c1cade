// Only function values can be called; calling a non-function value or a type with the wrong arity fails.
package main

type T struct{ f int }

type F func(int) int

func main() {
	x := 1
	s := "abc"
	var t T
	var fn F
	var m map[string]func()
	x()   // ERROR `invalid operation: cannot call non-function x \(variable of type int\)`
	s(1)  // ERROR `invalid operation: cannot call non-function s \(variable of type string\)`
	t.f() // ERROR `invalid operation: cannot call non-function t\.f \(variable of type int\)`
	t()   // ERROR `invalid operation: cannot call non-function t \(variable of type T\)`
	1()   // ERROR `invalid operation: cannot call non-function 1 \(untyped int constant\)`
	fn(1)
	m["a"]()
	nil()         // ERROR `invalid operation: cannot call non-function nil`
	_ = F()       // ERROR `missing argument in conversion to F`
	_ = int(1, 2) // ERROR `too many arguments in conversion to int`
}
