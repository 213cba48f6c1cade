// The types whose descriptors typedata.sh checks against go1.19's. roots()
// returns one value of every type declared here and of every package
// variable's type (tools/typedata_oracle.go starts from them).
package main

type MyInt int
type Str string
type F64 float64

type Rect struct{ W, H int }

func (r Rect) Area() int       { return r.W * r.H }
func (r Rect) Perimeter() int  { return 2 * (r.W + r.H) }
func (r *Rect) Scale(k int)    { r.W *= k }
func (r Rect) hidden() string  { return "" }

type Padded struct {
	a bool
	b int64
	c bool
}

type Mixed struct {
	Name  string
	age   int32
	score float64
	_     int8
	Tags  []string `json:"tags"`
}

type Inner struct{ X, y int }

func (Inner) Hello() string { return "" }
func (*Inner) Ptr()         {}

type Outer struct {
	Inner
	*Padded
	Z uint16
}

type OnePtr struct{ p *int }
type OneArr [1]*Rect
type Arr3 [3]string
type Floats [2]float64
type Big [20]int64

type Shape interface {
	Area() int
	Perimeter() int
}

type Solid interface {
	Shape
	Volume() float64
	private(x int) bool
}

type Fn func(int, ...string) (int, error)
type Pair struct {
	K any
	V Shape
}

type List struct {
	next *List
	val  int
}

var m1 map[string]int
var m2 map[int64]*Rect
var m3 map[float32]bool
var m4 map[any]string
var m5 map[Shape][2]int
var m6 map[Padded]uint8
var m7 map[Arr3][]byte
var m8 map[[40]int]Big
var m9 map[rune]struct{}
var s1 []Rect
var p1 *Outer
var f1 func()
var f2 func(a, b float32) (r rune)
var i1 interface{ m() }
var i2 interface {
	String() string
	error
}
var c1 complexish
var u1 struct {
	A int8
	B int16
	C int32
	D uint64
}
var e1 error
var b1 [0]int
var k1 uintptr

type complexish struct {
	re, im float32
}

func local() []any {
	type L struct{ a, b string }
	type Named int
	return []any{L{}, Named(0)}
}

func roots() []any {
	r := []any{
		MyInt(0), Str(""), F64(0), Rect{}, Padded{}, Mixed{}, Inner{}, Outer{}, OnePtr{},
		OneArr{}, Arr3{}, Floats{}, Big{}, (*Shape)(nil), (*Solid)(nil), Fn(nil), Pair{}, List{},
		m1, m2, m3, m4, m5, m6, m7, m8, m9, s1, p1, f1, f2, &i1, &i2, c1, u1, &e1, b1, k1,
		complexish{},
	}
	return append(r, local()...)
}

func main() {}
