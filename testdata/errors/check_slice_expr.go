// Slice expressions: operand must be sliceable, 3-index form not on strings, constant indices in order and in range.
package main

func arr() [4]int { return [4]int{} }

func main() {
	var a [4]int
	s := []int{1, 2, 3}
	str := "hello"
	m := map[int]int{}
	n := 3
	_ = str[1:2:3] // ERROR `invalid operation: 3-index slice of string`
	_ = s[2:1]     // ERROR `invalid slice indices: 1 < 2`
	_ = a[1:5]     // ERROR `invalid argument: index 5 out of bounds \[0:5\]`
	_ = s[1:3:2]   // ERROR `invalid slice indices: 2 < 3`
	_ = arr()[1:2] // ERROR `invalid operation: arr\(\) \(value of type \[4\]int\) \(slice of unaddressable value\)`
	_ = m[0:1]     // ERROR `invalid operation: cannot slice m \(variable of type map\[int\]int\)`
	_ = n[:]       // ERROR `invalid operation: cannot slice n \(variable of type int\)`
	_ = s[:-1]     // ERROR `invalid argument: index -1 \(constant of type int\) must not be negative`
	_ = "abc"[1:5] // ERROR `invalid argument: index 5 out of bounds \[0:4\]`
}
