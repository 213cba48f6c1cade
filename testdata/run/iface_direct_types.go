package main

type Fn func(int) int
type M map[string]int
type One struct{ p *int }
type Arr [1]*int

type Doer interface{ Do() int }

func (f Fn) Do() int  { return f(10) }
func (m M) Do() int   { return m["k"] }
func (o One) Do() int { return *o.p }
func (a Arr) Do() int { return *a[0] + 1 }

func main() {
	n := 41
	ds := []Doer{Fn(func(x int) int { return x * 2 }), M{"k": 7}, One{&n}, Arr{&n}}
	for _, d := range ds {
		println(d.Do())
	}
	n = 1
	println(ds[2].Do(), ds[3].Do())
	var e any = One{&n}
	println(e == One{&n}, e == One{nil})
}
