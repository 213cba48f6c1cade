// float_struct_calls: structs of floats as parameters and results: each field
// is a word of its own class (docs/ABI.md), so a struct of two float64 goes in
// two xmm registers, a mixed struct in one integer and one xmm register, and a
// struct of three words on the stack.
package main

type V2 struct{ X, Y float64 }
type V3 struct {
	X, Y float32
	Z    float64
}
type Mixed struct {
	N int
	F float64
}

func add(a, b V2) V2 { return V2{a.X + b.X, a.Y + b.Y} }
func cross(a, b V3) V3 {
	return V3{a.Y*float32(b.Z) - float32(a.Z)*b.Y, float32(a.Z)*b.X - a.X*float32(b.Z), float64(a.X*b.Y - a.Y*b.X)}
}
func mix(m Mixed, f float32, n int) (Mixed, float32) { return Mixed{m.N + n, m.F * float64(f)}, f / 2 }
func many(a, b, c, d, e V2, x float64) float64       { return a.X + b.Y + c.X + d.Y + e.X + e.Y + x }

func main() {
	s := add(V2{1, 2}, V2{0.5, -0.25})
	println(s.X, s.Y)
	c := cross(V3{1, 0, 0}, V3{0, 1, 0})
	println(c.X, c.Y, c.Z)
	m, h := mix(Mixed{1, 2.5}, 3, 4)
	println(m.N, m.F, h)
	println(many(V2{1, 2}, V2{3, 4}, V2{5, 6}, V2{7, 8}, V2{9, 10}, 0.5))
	vs := []V2{{1, 1}, {2, 2}}
	vs[1].Y += 0.5
	total := V2{}
	for _, v := range vs {
		total = add(total, v)
	}
	println(total.X, total.Y)
}
