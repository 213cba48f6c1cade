// The results of a multi-value call converted to interfaces where they go
// (Go spec: Assignability, Calls, Return statements): `return h()` in a
// function whose results are interfaces, `var x, y any = h()`, assignment
// to interface variables, and h's results as the arguments of a function
// whose parameters are interfaces.
package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

type E struct{ s string }

func (e *E) Error() string { return "E" + e.s }

func te() (*T, *E) { return &T{3}, &E{"x"} }

func k() (any, error) { return te() }

func named() (s fmt.Stringer, err error) {
	defer func() { fmt.Println("deferred", s, err) }()
	return te()
}

func viaClosure() (fmt.Stringer, any) {
	f := func() (fmt.Stringer, any) { return te() }
	return f()
}

type R struct{}

func (R) M() (any, error) { return te() }

type Maker interface{ M() (any, error) }

func show(s fmt.Stringer, e error) { fmt.Println("show", s.String(), e.Error()) }

func anyPair(a, b any) string { return fmt.Sprintf("%v/%v", a, b) }

func main() {
	fmt.Println(k())
	a, b := named()
	fmt.Println(a, b)
	fmt.Println(viaClosure())
	fmt.Println(R{}.M())
	var mk Maker = R{}
	fmt.Println(mk.M())

	var x, y any = te()
	fmt.Println(x, y)
	var s fmt.Stringer
	var e error
	s, e = te()
	fmt.Println(s, e)

	show(te())
	fmt.Println(anyPair(te()), anyPair(k()))
	v, err := k()
	_, isT := v.(*T)
	_, isE := err.(*E)
	fmt.Println(isT, isE)
}
