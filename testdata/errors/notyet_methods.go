// mgc-only: go1.19 accepts this program; codegen does not lower methods yet and
// its support gate must say so rather than crash.
package main

type counter int

func (c counter) double() counter { // ERROR "methods are not yet supported by mgc"
	return c * 2
}

func (c *counter) reset() { // ERROR "methods are not yet supported by mgc"
	*c = 0
}

func main() {
	c := counter(21)
	println(c)
}
