// A type may not contain itself by value through struct fields, arrays or other named types.
package main

type T struct { // ERROR `invalid recursive type T(\n\t.*:4:6: T refers to\n\t.*:4:6: T)?$`
	a int
	t T
}

type A [2]A // ERROR `invalid recursive type A(\n\t.*:9:6: A refers to\n\t.*:9:6: A)?$`

type B struct{ c C } // ERROR `invalid recursive type B(\n\t.*:11:6: B refers to\n\t.*:12:6: C refers to\n\t.*:11:6: B)?$`
type C struct{ b [3]B }

type D struct{ e E } // ERROR `invalid recursive type D(\n\t.*:14:6: D refers to\n\t.*:14:6: D)?$`
type E = struct{ d D }

type OK1 struct{ p *OK1 }
type OK2 struct{ s []OK2 }
type OK3 struct{ m map[int]OK3 }
type OK4 struct{ f func(OK4) OK4 }

type F [len(F{})]int // ERROR `illegal cycle in type declaration`

func main() {
	var x OK1
	var y OK2
	var z OK3
	var w OK4
	_, _, _, _ = x, y, z, w
}
