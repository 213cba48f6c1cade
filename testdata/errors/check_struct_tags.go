// Struct tags are part of a struct type's identity, but conversions ignore them.
package main

type A struct {
	X int `json:"x"`
}
type B struct {
	X int
}

func main() {
	var a A
	var b struct {
		X int `json:"x"`
	}
	var c struct{ X int }
	b = a
	c = a // ERROR `cannot use a \(variable of type A\) as type struct\{X int\} in assignment`
	_, _ = b, c
	_ = B(a)
}
