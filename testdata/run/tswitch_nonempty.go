// A type switch on a non-empty interface: concrete cases compare the itab
// with go.itab.T,Shape (the itab's hash at offset 16 first), more than 4
// of them (binary search).
package main

type Shape interface{ Area() int }
type A struct{ n int }
type B struct{ n int }
type C int
type D string
type E float64
type F [2]int

func (a A) Area() int  { return a.n }
func (b *B) Area() int { return b.n * 2 }
func (c C) Area() int  { return int(c) * 3 }
func (d D) Area() int  { return len(d) }
func (e E) Area() int  { return int(e) }
func (f F) Area() int  { return f[0] + f[1] }

func which(s Shape) string {
	switch v := s.(type) {
	case A:
		return "A"
	case *B:
		return "*B"
	case C:
		return "C"
	case D:
		return "D " + string(v)
	case E:
		return "E"
	case F:
		return "F"
	case nil:
		return "nil"
	}
	return "?"
}

func main() {
	for _, s := range []Shape{A{1}, &B{2}, C(3), D("d"), E(1.5), F{1, 2}, nil} {
		println(which(s))
	}
}
