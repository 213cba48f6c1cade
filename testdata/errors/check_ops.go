// Operators applied to operands they are not defined on; non-boolean conditions.
package main

func main() {
	s := "a"
	b := true
	n := 1
	println(-s)     // ERROR `invalid operation: operator - not defined on s \(variable of type string\)`
	println(!n)     // ERROR `invalid operation: operator ! not defined on n \(variable of type int\)`
	println(b + b)  // ERROR `invalid operation: operator \+ not defined on b \(variable of type bool\)`
	println(s < 1)  // ERROR `invalid operation: s < 1 \(mismatched types string and untyped int\)`
	println(n && b) // ERROR `invalid operation: n && b \(mismatched types int and bool\)`
	println(s % s)  // ERROR `invalid operation: operator % not defined on s \(variable of type string\)`
	if n {          // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
}
