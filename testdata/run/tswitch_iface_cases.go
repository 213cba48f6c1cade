// Interface cases are tested in source order (assertE2I2/assertI2I2),
// after the concrete cases written before them; `case any` matches every
// non-nil value.
package main

type Stringer interface{ String() string }
type Sizer interface{ Size() int }
type A int
type B string

func (a A) String() string { return "A" }
func (a A) Size() int      { return int(a) }
func (b B) Size() int      { return len(b) }

func classify(x any) string {
	switch v := x.(type) {
	case bool:
		return "bool"
	case Stringer:
		return "Stringer " + v.String()
	case A:
		return "A (never: Stringer first)"
	case Sizer:
		return "Sizer"
	case int:
		return "int"
	case any:
		return "any"
	}
	return "nil"
}

func onSizer(s Sizer) string {
	switch v := s.(type) {
	case Stringer:
		return "sizer and stringer " + v.String()
	case B:
		return "B " + string(v)
	}
	return "neither"
}

func main() {
	for _, x := range []any{true, A(3), B("xy"), 4, 2.5, nil} {
		println(classify(x))
	}
	println(onSizer(A(1)), onSizer(B("b")), onSizer(nil))
}
