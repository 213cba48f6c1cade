// Argument counts and types, and using a call without a value.
package main

func two(a, b int) int { return a + b }

func none() {}

func main() {
	two(1)          // ERROR "not enough arguments in call to two"
	two(1, 2, 3)    // ERROR "too many arguments in call to two"
	two("a", 2)     // ERROR `cannot use "a" \(untyped string constant\) as int value in argument to two`
	x := none()     // ERROR `none\(\) \(no value\) used as value`
	println(x)
	return 1 // ERROR "too many return values"
}
