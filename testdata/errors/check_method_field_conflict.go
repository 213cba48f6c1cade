// A method may not share its name with a field of the receiver's struct type, embedded fields included; promoted names may.
package main

type Inner struct{ X int }

func (Inner) Y() {}

type Base struct{}

type T struct {
	Inner
	Base
	count int
	Name  string
}

func (T) Inner() {} // ERROR `field and method with the same name Inner(\n\t.*:11:2: other declaration of Inner)?$`

func (*T) Base() {} // ERROR `field and method with the same name Base(\n\t.*:12:2: other declaration of Base)?$`

func (T) count() {} // ERROR `field and method with the same name count(\n\t.*:13:2: other declaration of count)?$`

func (T) X() {}

func (T) Y() {}

type U struct{ f func() }

func (U) f() {} // ERROR `field and method with the same name f(\n\t.*:27:16: other declaration of f)?$`

type V struct {
	*Base
}

func (V) Base() {} // ERROR `field and method with the same name Base(\n\t.*:32:2: other declaration of Base)?$`

func main() {}
