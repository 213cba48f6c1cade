// Method values bind their receiver: they have the method's signature without it and cannot be assigned to or compared.
package main

type T struct{ n int }

func (t T) Add(d int) int { return t.n + d }

func (t *T) Reset() { t.n = 0 }

type I interface{ Add(int) int }

func main() {
	var t T
	var i I = t
	f := t.Add
	_ = f(1, 2)                    // ERROR `too many arguments in call to f(\n\thave \(number, number\)\n\twant \(int\))?$`
	var g func(T, int) int = t.Add // ERROR `cannot use t\.Add \(value of type func\(d int\) int\) as type func\(T, int\) int in variable declaration`
	var h func() = t.Reset
	h()
	t.Add = nil        // ERROR `cannot assign to t\.Add \(value of type func\(d int\) int\)`
	_ = t.Add == t.Add // ERROR `invalid operation: t\.Add == t\.Add \(func can only be compared to nil\)`
	k := i.Add
	_ = k("x")             // ERROR `cannot use "x" \(untyped string constant\) as int value in argument to k`
	_ = t.Add(1) + "s"     // ERROR `invalid operation: t\.Add\(1\) \+ "s" \(mismatched types int and untyped string\)`
	var r func() = i.Reset // ERROR `i\.Reset undefined \(type I has no field or method Reset\)`
	_, _ = g, r
}
