// Iteration variables declared with := in a range clause must be used like any other variable.
package main

func main() {
	xs := []int{1, 2}
	m := map[string]int{}
	for i, x := range xs { // ERROR `x declared but not used`
		_ = i
	}
	for k := range m { // ERROR `k declared but not used`
	}
	for _, v := range "abc" { // ERROR `v declared but not used`
	}
	for i := range xs {
		i := i // ERROR `i declared but not used`
	}
	for _, _ = range m {
	}
	for range xs {
	}
}
