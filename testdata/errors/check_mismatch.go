// Mismatched types in operations, declarations and multi-value assignments.
package main

func f() (int, string) { return 1, "a" }

func main() {
	x := 1 + "a"       // ERROR `invalid operation: 1 \+ "a" \(mismatched types untyped int and untyped string\)`
	var s string = 5   // ERROR `cannot use 5 \(untyped int constant\) as string value in variable declaration`
	var n int = "n"    // ERROR `cannot use "n" \(untyped string constant\) as int value in variable declaration`
	a, b, c := f()     // ERROR "assignment mismatch: 3 variables but f returns 2 values"
	m := 1
	m = f() // ERROR "assignment mismatch: 1 variable but f returns 2 values"
	println(x, s, n, a, b, c, m)
}
