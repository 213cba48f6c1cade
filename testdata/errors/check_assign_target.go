// Assignment targets must be addressable, map index expressions or blank: not string bytes, fields of map elements, results or constants.
package main

type P struct{ x, y int }

func get() P { return P{} }

func arr() [3]int { return [3]int{} }

const C = 1

func main() {
	s := "abc"
	m := map[string]P{}
	s[0] = 'x'   // ERROR `cannot assign to s\[0\] \(value of type byte\)`
	m["a"].x = 1 // ERROR `cannot assign to struct field m\["a"\]\.x in map`
	get().x = 2  // ERROR `cannot assign to get\(\)\.x \(value of type int\)`
	arr()[0] = 1 // ERROR `cannot assign to arr\(\)\[0\] \(value of type int\)`
	C = 2        // ERROR `cannot assign to C \(untyped int constant 1\)`
	P{}.x = 3    // ERROR `cannot assign to P\{\}\.x \(value of type int\)`
	len(s) = 1   // ERROR `cannot assign to len\(s\) \(value of type int\)`
	m["a"].y++   // ERROR `cannot assign to struct field m\["a"\]\.y in map`
	"abc" = s    // ERROR `cannot assign to "abc" \(untyped string constant\)`
}
