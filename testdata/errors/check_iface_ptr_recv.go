// Pointer-receiver methods are not in a value's method set, so only the pointer implements the interface.
package main

type Counter interface {
	Inc()
	Value() int
}

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func (c C) Value() int { return c.n }

func take(c Counter) {}

func main() {
	var c C
	var x Counter = c // ERROR `cannot use c \(variable of type C\) as type Counter in variable declaration:(\n\tC does not implement Counter \(Inc method has pointer receiver\))?$`
	take(C{})         // ERROR `cannot use C\{\} \(value of type C\) as type Counter in argument to take:(\n\tC does not implement Counter \(Inc method has pointer receiver\))?$`
	x = &c
	take(&C{})
	cs := []Counter{c, &c}       // ERROR `cannot use c \(variable of type C\) as type Counter in array or slice literal:(\n\tC does not implement Counter \(Inc method has pointer receiver\))?$`
	var y interface{ Inc() } = c // ERROR `cannot use c \(variable of type C\) as type interface\{Inc\(\)\} in variable declaration:(\n\tC does not implement interface\{Inc\(\)\} \(Inc method has pointer receiver\))?$`
	_, _ = cs, y
	take(x)
}

func get() Counter {
	var c C
	return c // ERROR `cannot use c \(variable of type C\) as type Counter in return statement:(\n\tC does not implement Counter \(Inc method has pointer receiver\))?$`
}
