// Slices, maps and functions (and structs or arrays containing them) are not comparable except to nil.
package main

type S struct {
	n  int
	xs []int
}

type A [2]map[int]int

func f() {}

func main() {
	a, b := []int{1}, []int{1}
	m1, m2 := map[int]int{}, map[int]int{}
	s1, s2 := S{}, S{}
	var x1, x2 A
	_ = a == b   // ERROR `invalid operation: a == b \(slice can only be compared to nil\)`
	_ = m1 != m2 // ERROR `invalid operation: m1 != m2 \(map can only be compared to nil\)`
	_ = f == f   // ERROR `invalid operation: f == f \(func can only be compared to nil\)`
	_ = s1 == s2 // ERROR `invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)`
	_ = x1 == x2 // ERROR `invalid operation: x1 == x2 \(\[2\]map\[int\]int cannot be compared\)`
	_ = a == nil
	_ = m1 != nil
	_ = f != nil
	_ = [1][]int{} == [1][]int{}                     // ERROR `invalid operation: \[1\]\[\]int\{\} == \[1\]\[\]int\{\} \(\[1\]\[\]int cannot be compared\)`
	_ = struct{ f func() }{} != struct{ f func() }{} // ERROR `invalid operation: struct\{f func\(\)\}\{\} != struct\{f func\(\)\}\{\} \(struct containing func\(\) cannot be compared\)`
}
