// Local type declarations are scoped to their block; methods can only be declared at package level on package-level types.
package main

type Outer struct{ v int }

func f() {
	type Local struct{ a int }
	var l Local
	_ = l
}

func (Local) M() {} // ERROR `undefined: Local`

func g() {
	{
		type Inner int
	}
	var i Inner // ERROR `undefined: Inner`
	_ = i
	type Outer string
	var o Outer = Outer{v: 1} // ERROR `invalid composite literal type Outer`
	_ = o
	type R struct{ r R } // ERROR `invalid recursive type R(\n\t.*:23:7: R refers to\n\t.*:23:7: R)?$`
}

func main() {}
