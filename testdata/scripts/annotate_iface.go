// The -annotate=lower notes annotate_iface.sh expects: each interface operation
// with the Go construct and what gc emits for it.
package main

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	var s Shape = Rect{2, 3}
	println(s.Area())
	var e any = s
	r, ok := e.(Rect)
	println(r.W, ok, e == any(Rect{2, 3}))
}

func kinds(x any) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	case Shape:
		return v.Area()
	}
	return -1
}

func init() {
	println(kinds(1), kinds("ab"), kinds(Rect{1, 1}), kinds(nil))
	_ = e2i(Rect{1, 2})
}

func e2i(x any) Shape { return x.(Shape) }
