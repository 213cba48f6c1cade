// Several types in one case: the bound variable keeps the operand's type;
// nil may share a case with types; default may come first.
package main

type Shape interface{ Area() int }
type R struct{ w, h int }
type S int

func (r R) Area() int { return r.w * r.h }
func (s S) Area() int { return int(s * s) }

func f(x any) {
	switch v := x.(type) {
	default:
		println("default", v != nil)
	case int, int8, int16:
		println("some int", v == 1)
	case nil, string:
		println("nil or string", v == nil)
	case R, S:
		println("shape", v.(Shape).Area())
	}
}

func g(s Shape) int {
	switch v := s.(type) {
	case R, S:
		return v.Area()
	case nil:
		return -1
	}
	return 0
}

func main() {
	for _, x := range []any{1, int8(1), int16(2), nil, "s", R{2, 3}, S(4), 1.5} {
		f(x)
	}
	println(g(R{1, 2}), g(S(3)), g(nil))
}
