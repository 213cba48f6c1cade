// Variadic calls: ... only on the final argument, only for variadic functions, and with a slice of the element type.
package main

func sum(xs ...int) int { return 0 }

func pair(a, b int) int { return a + b }

func pre(s string, xs ...int) {}

func main() {
	xs := []int{1, 2}
	ys := []int64{1}
	_ = sum(xs...)
	_ = sum(1, xs...)  // ERROR `too many arguments in call to sum(\n\thave \(number, \[\]int\)\n\twant \(\.\.\.int\))?$`
	_ = pair(xs...)    // ERROR `cannot use \.\.\. in call to non-variadic pair`
	pre(xs...)         // ERROR `not enough arguments in call to pre(\n\thave \(\[\]int\)\n\twant \(string, \.\.\.int\))?$`
	pre("a", ys...)    // ERROR `cannot use ys \(variable of type \[\]int64\) as type \[\]int in argument to pre`
	_ = sum(1, 2, "3") // ERROR `cannot use "3" \(untyped string constant\) as int value in argument to sum`
	pre()              // ERROR `not enough arguments in call to pre(\n\thave \(\)\n\twant \(string, \.\.\.int\))?$`
}

func two() (int, int) { return 1, 2 }

func more() {
	xs := []int{1}
	_ = sum(two()...) // ERROR `cannot use \.\.\. with 2-valued two\(\)`
	_ = len(xs...)    // ERROR `invalid operation: invalid use of \.\.\. with built-in len`
	_ = []int(xs...)  // ERROR `invalid use of \.\.\. in type conversion to \[\]int`
	_ = sum(two())
}
