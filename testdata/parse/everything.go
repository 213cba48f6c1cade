// everything.go uses every construct of mini-Go's syntax (LANGUAGE.md) once,
// so that `mgc dump -phase=ast` can show the parser accepts all of them.
// go1.19 builds it; running it prints a few lines.
package main

import (
	"errors"
	"fmt"
	str "strings"
)

import _ "os"

const Pi = 3.14159

const (
	A = iota * 10
	B
	C
	_
	D int64 = 1 << iota
	E
)

const (
	hex, oct, oldOct, bin = 0x_FF, 0o17, 017, 0b1010_1010
	big                   = 1_000_000
	flt, fexp, hexf       = 1.5, 6.02e23, 0x1p-2
	dotf                  = .25
	r1, r2, r3, r4        = 'a', '\n', '\u00e9', '\U0001F600'
	r5, r6                = '\x41', '\101'
	s1                    = "tab\tquote\"backslash\\ \a\b\f\r\v \x41 \101 \u00e9 \U0001F600"
	raw                   = `raw \n string
spanning lines`
)

var global int

var (
	g1, g2 = 1, "two"
	g3     []string
	g4     map[string]int = map[string]int{"a": 1}
)

type (
	Celsius float64
	Alias   = Celsius
	Point   struct {
		X, Y int `json:"x"`
		Label    string
	}
	Named struct {
		Point
		*Inner
		fmt.Stringer
		tags map[string][]int
	}
	Inner  struct{ n int }
	Shape  interface {
		Area() float64
		fmt.Stringer
	}
	Empty  interface{}
	Fn     func(a, b int, rest ...string) (int, error)
	Arr    [4]int
	Matrix [2][3]float64
	PtrT   *Point
)

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func (Inner) unused() {}

func (c Celsius) Area() float64 { return float64(c) }

func (c Celsius) String() string { return "c" }

func multi() (x, y int, err error) {
	x, y = 1, 2
	return
}

func variadic(prefix string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func init() {}

func closure() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func ops(a, b int, f float64) {
	_ = a + b - a*b/1%3
	_ = a&b | a ^ b&^a<<1>>1
	_ = a == b || a != b && a < b || a <= b || a > b || a >= b
	_ = -a + +a + ^a
	_ = !(a > b)
	p := &Point{1, 2, "p"}
	_ = *p
	_ = f / 2
	a += 1
	a -= 1
	a *= 2
	a /= 2
	a %= 5
	a &= 1
	a |= 2
	a ^= 3
	a <<= 1
	a >>= 1
	a &^= 1
	a++
	b--
}

func statements(x interface{}, s []int, m map[string]int) (result int) {
	defer func() {
		if r := recover(); r != nil {
			result = -1
		}
	}()
	defer fmt.Print("")
	var local, other = 1, 2
	const lc = 3
	type localT struct{ a int }
	_ = localT{a: lc}
	{
		local, other = other, local
	}
	if local > 0 {
	} else if other > 0 {
	} else {
	}
	if v := local; v == (localT{}.a) {
	}
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
	for local < 10 {
		local++
	}
	for {
		break
	}
	for i := range s {
		_ = i
	}
	for k, v := range m {
		_, _ = k, v
	}
	var k2 string
	for k2 = range m {
	}
	_ = k2
	for range s {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
outer:
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			if j == 1 {
				continue outer
			}
			if i == 1 {
				break outer
			}
		}
	}
	switch local {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch y := local * 2; {
	case y > 3:
	}
	switch {
	}
	switch t := x.(type) {
	case nil:
	case int, int64:
		_ = t
	case fmt.Stringer:
	case *Point, []int, map[string]int, func() int:
	default:
	}
	switch x.(type) {
	case error:
	}
	if n, ok := x.(int); ok {
		_ = n
	}
	_ = x.(fmt.Stringer)
	goto done
done:
	return local
}

func expressions() {
	arr := [...]int{1, 2, 3}
	arr2 := [5]int{1: 10, 3: 30}
	sl := arr[1:2]
	sl3 := arr[0:1:2]
	_ = arr[:]
	_ = arr[1:]
	_ = arr[:2]
	_ = sl3[0]
	mp := map[Point]string{{1, 2, "l"}: "a", {X: 3}: "b"}
	nested := [][]int{{1}, {2, 3}}
	ptrs := []*Point{{1, 2, "a"}, &Point{3, 4, "b"}}
	anon := struct {
		a int
		b string
	}{1, "x"}
	conv := []byte("hi")
	back := string(conv)
	runes := []rune(back)
	_ = string(rune(65))
	f := float64(len(runes))
	var sh Shape = Celsius(f)
	_ = sh.Area()
	method := Point.String
	mexpr := (*Point).Move
	p := Point{}
	mexpr(&p, 1, 1)
	bound := p.String
	_, _ = method(p), bound()
	fn := closure()
	_ = fn()
	_ = variadic("x", sl...)
	_ = variadic("y", 1, 2, 3)
	b := append([]byte("a"), "bc"...)
	copy(b, "z")
	mm := make(map[string]int, 10)
	delete(mm, "a")
	ns := make([]int, 2, 10)
	_ = cap(ns)
	np := new(Point)
	np.X = 5
	var e error = errors.New("e")
	_ = e.Error()
	_ = str.ToUpper("a")
	_ = func(a, b int) int { return a + b }(1, 2)
	_, _, _, _, _ = arr2, mp, nested, ptrs, anon
	var iface interface{ Area() float64 } = Celsius(1)
	_ = iface
	var any1 any = 1
	_ = any1
	println("to stderr", 1)
	print("")
}

func main() {
	fmt.Println(A, B, C, D, E, hex, oct, oldOct, bin, big, flt, fexp, hexf, dotf, Pi)
	fmt.Println(r1, r2, r3, r4, r5, r6, len(s1), len(raw), g1, g2, g3, g4, global)
	_, _, _ = multi()
	ops(1, 2, 3)
	fmt.Println(statements(1, []int{1}, map[string]int{"k": 1}))
	expressions()
	var fnv Fn
	_ = fnv
	var n Named
	_ = n.tags
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
}
