// A range clause permits at most two iteration variables; the extra ones are not declared.
package main

func main() {
	m := map[int]string{}
	s := []int{}
	var a, b, c int
	for k, v, extra := range m { // ERROR `range clause permits at most two iteration variables`
		_, _ = k, v
	}
	for a, b, c = range s { // ERROR `range clause permits at most two iteration variables`
	}
	for i, x, y, z := range "abc" { // ERROR `range clause permits at most two iteration variables`
		_, _ = i, x
	}
	_, _, _ = a, b, c
}
