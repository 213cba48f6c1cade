// Closures share captured variables; method values bind their receiver when evaluated; method expressions take it first; promoted methods through embedded values and pointers.
package main

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func (c Counter) Named(prefix string) string { return prefix + c.name }

type Wrapper struct {
	*Counter
	extra int
}

type Pair struct {
	Counter
	k int
}

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return x * 2 }

func makeAdder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func counter() (func() int, func()) {
	c := 0
	return func() int { return c }, func() { c++ }
}

var global = func(s string) string { return s + "!" }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	println(c.Get(), c.Named("my-"))
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	w := Wrapper{&c, 1}
	w.Inc()
	println(w.Get(), c.n)
	pr := Pair{Counter{n: 10}, 2}
	pr.Inc()
	println(pr.Get(), pr.n)
	println(apply(double, 21), apply(makeAdder(10), 5))
	get, inc := counter()
	inc()
	inc()
	inc()
	println(get())
	f := c.Get
	c.Inc()
	println(f(), c.Get())
	g := p.Inc
	g()
	g()
	println(c.n)
	h := Counter.Get
	println(h(c))
	k := (*Counter).Inc
	k(&c)
	println(c.n)
	m := (*Counter).Get
	println(m(&c))
	println(global("hi"))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * 10 })
	}
	for i := 0; i < 3; i++ {
		print(fs[i](), " ")
	}
	println()
	sum := 0
	add := func(xs ...int) {
		for _, x := range "ab" {
			_ = x
		}
		for i := 0; i < len(xs); i++ {
			sum += xs[i]
		}
	}
	add(1, 2, 3)
	println(sum)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
	var nilf func()
	println(nilf == nil, f != nil)
	func() {
		x := 5
		func() { x++ }()
		println(x)
	}()
}
