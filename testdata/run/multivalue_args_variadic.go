// A multi-value call as the arguments of another call (Go spec: Calls,
// "f(g())"): g's results are f's arguments, in order, for every kind of
// callee: variadic functions (the results past the fixed parameters are
// packed into the slice), methods, closures, func values, interface
// methods, method values, deferred calls. g is called once.
package main

import "fmt"

var calls int

func two() (int, int) {
	calls++
	return 1, 2
}

func three() (int, int, int) {
	calls++
	return 1, 2, 3
}

func one() (int, string) { return 7, "seven" }

func sum(args ...int) int {
	s := 0
	for _, a := range args {
		s += a
	}
	return s
}

func q(args ...int) { fmt.Println(len(args), args) }

func r(a int, rest ...int) { fmt.Println(a, len(rest), rest) }

func pair(a, b int) int { return a*10 + b }

func labels(n int, names ...string) { fmt.Println(n, len(names), names) }

type Acc struct{ total int }

func (a *Acc) Add(xs ...int) *Acc {
	for _, x := range xs {
		a.total += x
	}
	return a
}

func (a Acc) Plus(x, y int) int { return a.total + x + y }

type Adder interface{ Add(xs ...int) *Acc }

func main() {
	q(two())
	r(three())
	r(two())
	fmt.Println(sum(three()), pair(two()))
	labels(one())

	// Methods: pointer receiver and variadic, value receiver, through an
	// interface, as a method value.
	acc := &Acc{}
	fmt.Println(acc.Add(two()).Add(three()).total, acc.Plus(two()))
	var ad Adder = acc
	fmt.Println(ad.Add(three()).total)
	add := acc.Add
	fmt.Println(add(two()).total)

	// Closures and func values.
	join := func(sep string, xs ...int) string {
		s := ""
		for i, x := range xs {
			if i > 0 {
				s += sep
			}
			s += fmt.Sprint(x)
		}
		return s
	}
	sepped := func() (string, int, int, int) { return "-", 4, 5, 6 }
	fmt.Println(join(sepped()))
	var f func(...int) int = sum
	fmt.Println(f(three()))

	// Nested: the inner call's own arguments come from a multi-value call.
	twice := func(a, b int) (int, int) { return a * 2, b * 2 }
	fmt.Println(sum(twice(twice(two()))))

	// Only when the left operand allows it; then once.
	calls = 0
	ok := false
	if ok && sum(two()) > 0 {
		fmt.Println("not reached")
	}
	ok = true
	if ok && sum(two()) == 3 {
		fmt.Println("reached", calls)
	}

	// Deferred: the results are taken at the defer statement.
	calls = 0
	func() {
		defer q(two())
		defer r(three())
		fmt.Println("deferring", calls)
	}()
}
