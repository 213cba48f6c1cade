// Composite literals need a struct, array, slice or map type; [...] arrays only in literals.
package main

type I int

type P *struct{ a int }

func main() {
	_ = int{1}     // ERROR `invalid composite literal type int`
	_ = I{}        // ERROR `invalid composite literal type I`
	_ = P{}        // ERROR `invalid composite literal type P`
	var a [...]int // ERROR `invalid use of \[\.\.\.\] array \(outside a composite literal\)`
	_ = a
	_ = []int{{1}}                                    // ERROR `invalid composite literal type int`
	_ = [][]int{{1}, {"a"}}                           // ERROR `cannot use "a" \(untyped string constant\) as int value in array or slice literal`
	_ = map[string][]int{"a": {1}, "b": {1: 2, 1: 3}} // ERROR `duplicate index 1 in array or slice literal`
	_ = []*struct{ x int }{{1}, {x: 2}, {y: 3}}       // ERROR `unknown field 'y' in struct literal of type struct\{x int\}`
	_ = []interface{}{{1}}                            // ERROR `invalid composite literal type interface\{\}`
}
