// A type's methods have distinct names, whatever the receiver kind; names also may not collide with fields.
package main

type T struct {
	name string
	Size int
}

func (T) M() {}

func (T) M() {} // ERROR `T\.M redeclared in this block(\n\t.*:9:10: other declaration of M)?$`

func (*T) N() {}

func (T) N() {} // ERROR `T\.N redeclared in this block(\n\t.*:13:11: other declaration of N)?$`

func (t T) name() string { return "" } // ERROR `field and method with the same name name(\n\t.*:5:2: other declaration of name)?$`

func (t *T) Size() int { return 0 } // ERROR `field and method with the same name Size(\n\t.*:6:2: other declaration of Size)?$`

type U int

func (U) String() string { return "" }

func (u *U) String() string { return "" } // ERROR `U\.String redeclared in this block(\n\t.*:23:10: other declaration of String)?$`

func (T) _() {}

func (T) _() {}

func main() {}
