// len accepts strings, arrays, pointers to arrays, slices and maps; cap only arrays, pointers to arrays and slices.
package main

type S struct{ xs []int }

func main() {
	n := 1
	m := map[int]int{}
	var s S
	var ps *[]int
	var pa *[4]int
	_ = len(n)  // ERROR `invalid argument: n \(variable of type int\) for len`
	_ = cap(m)  // ERROR `invalid argument: m \(variable of type map\[int\]int\) for cap`
	_ = len(s)  // ERROR `invalid argument: s \(variable of type S\) for len`
	_ = len(ps) // ERROR `invalid argument: ps \(variable of type \*\[\]int\) for len`
	_ = len(pa)
	_ = cap("abc")      // ERROR `invalid argument: "abc" \(untyped string constant\) for cap`
	_ = len()           // ERROR `invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)`
	_ = cap(s.xs, s.xs) // ERROR `invalid operation: too many arguments for cap\(s\.xs, s\.xs\) \(expected 1, found 2\)`
	_ = len(5)          // ERROR `invalid argument: 5 \(untyped int constant\) for len`
	_ = len(nil)        // ERROR `invalid argument: nil for len`
	_ = cap(pa)
}
