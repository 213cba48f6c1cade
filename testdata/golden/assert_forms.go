// Golden: every form of type assertion (GO119-INTERNALS.md §5.1;
// codegen/assert.c).
package main

type Shape interface{ Area() int }
type Areaer interface {
	Area() int
	Volume() int
}
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

// x.(T) on an any: compare the type word with type.string.
func assertE(x any) string { return x.(string) }

// v, ok := x.(T): the same compare, no call.
func assertEok(x any) (int, bool) {
	v, ok := x.(int)
	return v, ok
}

// s.(T) on a Shape: compare the itab with go.itab.main.Rect,main.Shape.
func assertI(s Shape) Rect { return s.(Rect) }

func assertIok(s Shape) (Rect, bool) {
	r, ok := s.(Rect)
	return r, ok
}

// x.(I): assertE2I; s.(I2): assertI2I.
func assertEI(x any) Shape    { return x.(Shape) }
func assertII(s Shape) Areaer { return s.(Areaer) }

// The comma-ok forms: assertE2I2, assertI2I2.
func assertEIok(x any) (Shape, bool) {
	v, ok := x.(Shape)
	return v, ok
}

func assertIIok(s Shape) (Areaer, bool) {
	v, ok := s.(Areaer)
	return v, ok
}

// x.(any): only a nil check (panicnildottype).
func assertEE(x any) any   { return x.(any) }
func assertIE(s Shape) any { return s.(any) }

func main() {
	var x any = Rect{2, 3}
	println(assertEI(x).Area(), assertI(assertEI(x)).W)
}
