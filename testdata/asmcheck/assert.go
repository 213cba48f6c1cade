// asmcheck: how type assertions and type switches are lowered
// (codegen/assert.c, typeswitch.c; GO119-INTERNALS.md §5).
package main

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int {
	return r.W * r.H
}

// x.(T) on an any compares the type word with type.T; failure calls
// runtime.panicdottypeE. No runtime call on success.
// nasm: `type\.string`
// nasm: `call\s+runtime\.panicdottypeE`
// nasm: -`call\s+runtime\.assert`
func toString(x any) string {
	return x.(string)
}

// s.(T) on a non-empty interface compares the itab with the static
// go.itab.T,I; failure calls runtime.panicdottypeI.
// nasm: `go\.itab\.main\.Rect\$2cmain\.Shape`
// nasm: `call\s+runtime\.panicdottypeI`
func toRect(s Shape) Rect {
	return s.(Rect)
}

// The comma-ok form to a concrete type makes no call at all.
// nasm: -`call`
func isInt(x any) bool {
	_, ok := x.(int)
	return ok
}

// To an interface: assertE2I, assertI2I2.
// nasm: `call\s+runtime\.assertE2I\s`
func toShape(x any) Shape {
	return x.(Shape)
}

// nasm: `call\s+runtime\.assertE2I2\s`
func maybeShape(x any) bool {
	_, ok := x.(Shape)
	return ok
}

// x.(any) is a nil check: runtime.panicnildottype.
// nasm: `call\s+runtime\.panicnildottype`
func toAny(x any) any {
	return x.(any)
}

// An 8-case type switch loads the hash once from offset 16 of the type
// word and searches it: the first pivot is the 4th smallest hash (uint,
// 0x64fd0d3c), unsigned compares (jbe/ja), then a pointer compare.
// nasm: `dword \[r\w+\+16\]`
// nasm: `1694305596`
// nasm: `1042483156`
// nasm: `type\.float64`
func size(x any) int {
	switch x.(type) {
	case int:
		return 8
	case int8:
		return 1
	case int16:
		return 2
	case int32:
		return 4
	case int64:
		return 8
	case uint:
		return 8
	case string:
		return 16
	case float64:
		return 8
	}
	return 0
}

func main() {
	println(toString("a"), toRect(Rect{1, 2}).W, isInt(1), toShape(Rect{}).Area(), maybeShape(1), toAny(1) != nil, size(1))
}
