// Assertions to and from named empty interfaces and error; an interface
// asserted to itself; an assertion whose result is called as a method value.
package main

type Any interface{}
type Namer interface{ Name() string }
type N string

func (n N) Name() string { return string(n) }

func main() {
	var a Any = N("n")
	var e any = a
	b := e.(Any)
	println(b.(N).Name())
	c, ok := a.(any)
	println(c.(Namer).Name(), ok)
	var nm Namer = N("self")
	self := nm.(Namer)
	println(self.Name())
	f := nm.(N).Name
	println(f())
	g := e.(Namer).Name
	println(g())
	var err error
	_, ok = err.(error)
	println(ok)
	var z Any
	_, ok = z.(Any)
	println(ok)
}
