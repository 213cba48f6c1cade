// assert: type assertions to concrete and interface types, comma-ok forms,
// and error values checked through assertions.
package main

import "os"

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

type Shape interface{ Area() int }
type Namer interface{ Name() string }

type Sq struct{ s int }
type Rc struct{ w, h int }

func (q Sq) Area() int     { return q.s * q.s }
func (q Sq) Name() string  { return "sq" }
func (r *Rc) Area() int    { return r.w * r.h }

func main() {
	vals := []any{Sq{3}, &Rc{2, 5}, 7, "s", Sq{4}}
	total := 0
	iters := work(10000000)
	for i := 0; i < iters; i++ {
		v := vals[i%len(vals)]
		if s, ok := v.(Shape); ok {
			total += s.Area()
		}
		if n, ok := v.(Namer); ok {
			total += len(n.Name())
		}
		if q, ok := v.(Sq); ok {
			total += q.s
		}
		if k, ok := v.(int); ok {
			total += k
		}
	}
	println(total)
}
