// Deferred method calls: the receiver is evaluated (and a value receiver
// copied) at the defer statement; method values and method expressions.
package main

type Counter struct{ n int }

func (c Counter) Show(tag string) { println(tag, c.n) }
func (c *Counter) Add(k int)      { c.n += k; println("add", k, "->", c.n) }

type Outer struct {
	Counter
	name string
}

func main() {
	c := Counter{1}
	defer c.Show("value receiver, copied at defer:")
	defer c.Add(10)
	p := &c
	defer p.Show("through pointer, copied at defer:")
	show := c.Show
	defer show("method value:")
	defer Counter.Show(c, "method expression:")
	defer (*Counter).Add(p, 5)
	o := Outer{Counter{7}, "o"}
	defer o.Show("promoted:")
	defer o.Add(1)
	c.n = 100
	o.n = 70
	println("body done", c.n)
}
