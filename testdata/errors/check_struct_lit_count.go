// Positional struct literals must list exactly one value per field, of the field's type.
package main

type Point struct {
	X, Y int
}

type Rec struct {
	a int
	b string
	c bool
}

func main() {
	_ = Point{1}                         // ERROR `too few values in Point\{…\}`
	_ = Point{1, 2, 3}                   // ERROR `too many values in Point\{…\}`
	_ = Rec{1, "a"}                      // ERROR `too few values in Rec\{…\}`
	_ = Rec{1, "a", true, false}         // ERROR `too many values in Rec\{…\}`
	_ = Rec{"a", 1, true}                // ERROR `cannot use "a" \(untyped string constant\) as int value in struct literal` `cannot use 1 \(untyped int constant\) as string value in struct literal`
	_ = []Point{{1, 2}, {3}}             // ERROR `too few values in struct\{X int; Y int\}\{…\}`
	_ = map[string]Point{"a": {1, 2, 3}} // ERROR `too many values in struct\{X int; Y int\}\{…\}`
	_ = Point{}
	_ = struct{ a, b int }{1} // ERROR `too few values in struct\{a int; b int\}\{…\}`
}
