// recover works in a function deferred with arguments, in a deferred method
// and through a deferred method value: the compiler's wrappers are transparent.
package main

type T struct{ name string }

func (t T) Catch(tag string) {
	println(tag, t.name, recover() != nil)
}

func (t *T) CatchPtr() {
	println("pointer method", t.name, recover() != nil)
}

func catch(tag string, n int) {
	r := recover()
	println(tag, n, r != nil)
}

func a() {
	defer catch("func with args", 1)
	panic("a")
}

func b() {
	t := T{"t"}
	defer t.Catch("value method")
	panic("b")
}

func c() {
	t := &T{"p"}
	defer t.CatchPtr()
	panic("c")
}

func d() {
	t := T{"mv"}
	f := t.Catch
	defer f("method value")
	panic("d")
}

func main() {
	a()
	b()
	c()
	d()
	println("all recovered")
}
