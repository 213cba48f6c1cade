// Methods with value and pointer receivers, called on values and pointers.
package main

type counter int

func (c counter) double() counter {
	return c * 2
}

func (c *counter) reset() {
	*c = 0
}

func main() {
	c := counter(21)
	println(c)
}
