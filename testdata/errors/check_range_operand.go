// range needs an array, pointer to array, slice, string or map (go1.19 cannot range over an int or a function).
package main

type S struct{ xs []int }

func gen() []int { return nil }

func main() {
	n := 10
	var s S
	var ps *[]int
	var pa *[3]int
	var b bool
	var f func(int) bool
	for range n { // ERROR `cannot range over n \(variable of type int\)`
	}
	for i := range s { // ERROR `cannot range over s \(variable of type S\)`
		_ = i
	}
	for range ps { // ERROR `cannot range over ps \(variable of type \*\[\]int\)`
	}
	for i, v := range pa {
		_, _ = i, v
	}
	for range b { // ERROR `cannot range over b \(variable of type bool\)`
	}
	for range f { // ERROR `cannot range over f \(variable of type func\(int\) bool\)`
	}
	for range 5 { // ERROR `cannot range over 5 \(untyped int constant\)`
	}
	for range gen { // ERROR `cannot range over gen \(value of type func\(\) \[\]int\)`
	}
	for range s.xs {
	}
	for range nil { // ERROR `cannot range over nil`
	}
}
