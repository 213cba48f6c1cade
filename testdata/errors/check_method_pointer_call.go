// A pointer method can be called on a value only if the value is addressable: not map elements, results or literals.
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func (t T) Get() int { return t.n }

func make1() T { return T{} }

func main() {
	m := map[string]T{}
	m["a"].Inc()  // ERROR `cannot call pointer method Inc on T`
	make1().Inc() // ERROR `cannot call pointer method Inc on T`
	T{}.Inc()     // ERROR `cannot call pointer method Inc on T`
	var t T
	t.Inc()
	(&t).Inc()
	s := []T{{}}
	s[0].Inc()
	a := [1]T{}
	a[0].Inc()
	f := m["a"].Inc // ERROR `cannot call pointer method Inc on T`
	g := T{1}.Inc   // ERROR `cannot call pointer method Inc on T`
	_ = make1().Get()
	_, _ = f, g
}
