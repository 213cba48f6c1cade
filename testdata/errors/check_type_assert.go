// Type assertions need an interface operand, and the asserted concrete type must be able to implement it.
package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

type U struct{}

type S string

func (S) M() {}

func main() {
	var i I
	var n int
	var t T
	var e interface{}
	_ = i.(T) // ERROR `impossible type assertion: i\.\(T\)(\n\tT does not implement I \(M method has pointer receiver\))?$`
	_ = i.(U) // ERROR `impossible type assertion: i\.\(U\)(\n\tU does not implement I \(missing M method\))?$`
	_ = i.(*T)
	_ = i.(S)
	_ = n.(int) // ERROR `invalid operation: n \(variable of type int\) is not an interface`
	_ = t.(I)   // ERROR `invalid operation: t \(variable of type T\) is not an interface`
	_ = e.(int)
	_, ok := i.(string) // ERROR `impossible type assertion: i\.\(string\)(\n\tstring does not implement I \(missing M method\))?$`
	_ = ok
	_ = "abc".(string) // ERROR `invalid operation: "abc" \(untyped string constant\) is not an interface`
	_ = i.(interface{ N() })
	_ = i.(undefinedType) // ERROR `undefined: undefinedType`
}
