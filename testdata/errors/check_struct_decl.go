// Struct types: field names are unique (embedded fields are named by their type), and field types must be types.
package main

type T struct {
	a int
	b string
	a bool // ERROR `a redeclared(\n\t.*:5:2: other declaration of a)?$`
}

type Inner struct{}

type U struct {
	Inner
	Inner int // ERROR `Inner redeclared(\n\t.*:13:2: other declaration of Inner)?$`
}

type V struct {
	x, y, x int // ERROR `x redeclared(\n\t.*:18:2: other declaration of x)?$`
}

type W struct {
	f main // ERROR `main \(value of type func\(\)\) is not a type`
}

type X struct {
	n undefinedT // ERROR `undefined: undefinedT`
}

func main() {
	var s struct {
		p int
		p int // ERROR `p redeclared(\n\t.*:31:3: other declaration of p)?$`
	}
	_ = s
}
