// Keyed struct literals: unknown and duplicate fields, mixed keyed and positional elements.
package main

type Point struct {
	X, Y int
}

type Line struct {
	A, B Point
	name string
}

func main() {
	_ = Point{X: 1, Z: 2}                          // ERROR `unknown field 'Z' in struct literal of type Point`
	_ = Point{X: 1, X: 2}                          // ERROR `duplicate field name X in struct literal`
	_ = Point{X: 1, 2}                             // ERROR `mixture of field:value and value elements in struct literal`
	_ = Point{1, Y: 2}                             // ERROR `mixture of field:value and value elements in struct literal`
	_ = Line{A: Point{1, 2}, B: Point{Y: 1, y: 2}} // ERROR `unknown field 'y' in struct literal of type Point`
	_ = Line{name: "a", Name: "b"}                 // ERROR `unknown field 'Name' in struct literal of type Line`
	_ = &Point{X: 1, Y: 2, Y: 3}                   // ERROR `duplicate field name Y in struct literal`
	_ = []Point{{X: 1}, {W: 2}}                    // ERROR `unknown field 'W' in struct literal of type struct\{X int; Y int\}`
	_ = Point{"X": 1}                              // ERROR `invalid field name "X" in struct literal`
}
