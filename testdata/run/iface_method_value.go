package main

type Counter interface {
	Inc() int
	Get() int
}

type C struct{ n int }

func (c *C) Inc() int { c.n++; return c.n }
func (c *C) Get() int { return c.n }

type V int

func (v V) Inc() int { return int(v) + 1 }
func (v V) Get() int { return int(v) }

func main() {
	var c Counter = &C{}
	inc := c.Inc
	inc()
	inc()
	println(c.Get(), inc())
	c = V(10)
	println(inc(), c.Get()) // inc still bound to the old value
	g := c.Get
	println(g())
	fs := []func() int{c.Inc, c.Get}
	for _, f := range fs {
		println(f())
	}
}
