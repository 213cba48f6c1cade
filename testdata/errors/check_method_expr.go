// Method expressions T.M and (*T).M: T's method set excludes pointer methods; the receiver becomes the first argument.
package main

type T struct{ n int }

func (T) Get() int { return 0 }

func (t *T) Set(n int) { t.n = n }

func main() {
	t := T{}
	f := T.Set // ERROR `cannot call pointer method Set on T`
	g := (*T).Set
	g(&t, 1)
	h := T.Get
	h(t)
	h(&t)                      // ERROR `cannot use &t \(value of type \*T\) as type T in argument to h`
	T.Get()                    // ERROR `not enough arguments in call to T\.Get(\n\thave \(\)\n\twant \(T\))?$`
	(*T).Get(t)                // ERROR `cannot use t \(variable of type T\) as type \*T in argument to \(\*T\)\.Get`
	_ = T.Missing              // ERROR `T\.Missing undefined \(type T has no field or method Missing\)`
	_ = (*T).n                 // ERROR `\(\*T\)\.n undefined \(type \*T has no method n\)`
	_ = T.n                    // ERROR `T\.n undefined \(type T has no method n\)`
	var get func() int = T.Get // ERROR `cannot use T\.Get \(value of type func\(T\) int\) as type func\(\) int in variable declaration`
	_, _ = f, get
}
