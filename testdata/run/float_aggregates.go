// float_aggregates: floats inside the values main lowers: struct fields of
// both widths, arrays, slices and append, variadic parameters, closures that
// capture a float, methods on a float type and on a struct of floats, maps
// with float keys (NaN is never found again; -0 and +0 are the same key) and
// float values, == on structs and arrays with float fields (field by field:
// NaN != NaN, -0 == +0, not a memory comparison), pointers and defer.
package main

type Point struct {
	X, Y float64
	Tag  float32
	N    int8
}

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

func (p *Point) Scale(k float64) { p.X *= k; p.Y *= k; p.Tag *= float32(k) }

func (p Point) Norm2() float64 { return p.X*p.X + p.Y*p.Y }

func sum(xs ...float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

func apply(f func(float64) float64, x float64) float64 { return f(x) }

func main() {
	p := Point{1.5, -2, 0.1, 3}
	println(p.X, p.Y, p.Tag, p.N, p.Norm2())
	p.Scale(2)
	println(p.X, p.Y, p.Tag)
	q := &p
	q.X = 0.25
	println(p.X, q.Norm2())
	arr := [4]float32{1, 2.5, -0.5}
	arr[3] = arr[1] * arr[2]
	println(arr[0], arr[1], arr[2], arr[3], len(arr))
	s := []float64{3, 1.5}
	s = append(s, 0.125, -7)
	for i, v := range s {
		println(i, v)
	}
	println(sum(s...), sum(1, 2, 3.5), sum())
	k := 3.0
	double := func(x float64) float64 { return x * k }
	k = 10
	println(apply(double, 2), double(0.5))
	var t Temp = 100
	println(t.F(), Temp.F(37))
	m := map[float64]string{1.5: "a", 2: "b"}
	zero := 0.0
	m[-zero] = "negzero"
	m[zero] = "zero"
	nan := zero / zero
	m[nan] = "nan1"
	m[nan] = "nan2"
	println(len(m), m[1.5], m[0], m[-zero], m[nan] == "")
	m2 := map[string]float32{"x": 0.5}
	m2["x"] += 1.25
	m2["y"]++
	println(m2["x"], m2["y"], m2["z"])
	a, b := Point{X: 1}, Point{X: 1}
	println(a == b)
	b.Y = -zero
	println(a == b)
	a.X = nan
	b.X = nan
	println(a == b, a != b)
	fa := [2]float64{zero, nan}
	fb := [2]float64{-zero, nan}
	println(fa == fb, fa[0] == fb[0])
	ptr := new(float32)
	*ptr = 1.75
	*ptr += 1
	println(*ptr)
	defer println("deferred", 1.5, p.X)
	defer func(x float64) { println("in defer", x) }(k * 2)
	var bs [3]float64
	println(bs[0], bs[2])
}
