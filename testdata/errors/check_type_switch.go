// Type switches: only on interfaces, cases must be types that could implement it, no duplicate types.
package main

type I interface{ M() }

type T struct{}

func (T) M() {}

type P struct{}

func (*P) M() {}

func main() {
	var i I
	n := 3
	switch i.(type) {
	case T:
	case *T:
	case P: // ERROR `impossible type switch case: P(\n\ti \(variable of type I\) cannot have dynamic type P \(M method has pointer receiver\))?$`
	case int: // ERROR `impossible type switch case: int(\n\ti \(variable of type I\) cannot have dynamic type int \(missing M method\))?$`
	case T: // ERROR `duplicate case T in type switch(\n\t.*:18:7: previous case)?$`
	case nil, *P:
	case nil: // ERROR `duplicate case nil in type switch(\n\t.*:23:7: previous case)?$`
	}
	switch n.(type) { // ERROR `n \(variable of type int\) is not an interface`
	}
	switch x := i.(type) {
	case 1: // ERROR `1 is not a type`
	case n: // ERROR `n \(variable of type int\) is not a type`
		_ = x
	}
}
