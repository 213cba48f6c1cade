// Embedded fields must be type names T or *T where T is not a pointer, and not a pointer to an interface.
package main

type I interface{ M() }

type T struct{}

type P *T

type S1 struct {
	*I // ERROR `embedded field type cannot be a pointer to an interface`
}

type S2 struct {
	P // ERROR `embedded field type cannot be a pointer`
}

type S3 struct {
	*P // ERROR `embedded field type cannot be a pointer`
}

type S4 struct {
	T
	*T // ERROR `T redeclared(\n\t.*:23:2: other declaration of T)?$`
}

type S5 struct {
	int
	x   int
	int // ERROR `int redeclared(\n\t.*:28:2: other declaration of int)?$`
}

func main() {}
