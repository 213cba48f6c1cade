// Pointers to different types do not mix in operations, assignments and comparisons.
package main

type T struct{ a int }

type U struct{ a int }

type MyInt int

func main() {
	var pi *int
	var pi32 *int32
	var pt *T
	var pu *U
	var pm *MyInt
	var t T
	_ = pi == pi32  // ERROR `invalid operation: pi == pi32 \(mismatched types \*int and \*int32\)`
	_ = pt == pu    // ERROR `invalid operation: pt == pu \(mismatched types \*T and \*U\)`
	pi = pm         // ERROR `cannot use pm \(variable of type \*MyInt\) as type \*int in assignment`
	pt = t          // ERROR `cannot use t \(variable of type T\) as type \*T in assignment`
	pt = &U{}       // ERROR `cannot use &U\{\} \(value of type \*U\) as type \*T in assignment`
	_ = pt == t     // ERROR `invalid operation: pt == t \(mismatched types \*T and T\)`
	pi = &pi32      // ERROR `cannot use &pi32 \(value of type \*\*int32\) as type \*int in assignment`
	var pp **T = &t // ERROR `cannot use &t \(value of type \*T\) as type \*\*T in variable declaration`
	_ = pp
	_ = pi + pi // ERROR `invalid operation: operator \+ not defined on pi \(variable of type \*int\)`
}
