// Mutually recursive functions can be inlined (gc only refuses a function
// that calls itself); functions that call non-inlinable ones pay 57 per call.
package main

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

type counter struct{ n int }

func (c *counter) inc()     { c.n++ }
func (c *counter) get() int { return c.n }

func twice(c *counter) {
	c.inc()
	c.inc()
}

func four(c *counter) {
	twice(c)
	twice(c)
}

func main() {
	c := &counter{}
	four(c)
	println(even(10), odd(7), c.get())
}
