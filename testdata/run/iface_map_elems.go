package main

type E struct{ s string }

func (e E) Error() string { return e.s }

func main() {
	var b map[interface{}]int
	var c map[string]error
	println(b == nil, c == nil)
	c = map[string]error{"x": E{"bad"}}
	c["y"] = nil
	println(c["x"].Error(), c["y"] == nil, len(c))
	b = map[interface{}]int{}
	b[E{"k"}] = 3
	println(b[E{"k"}], b[E{"j"}])
}
