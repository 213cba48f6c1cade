// init_order_deps: package variables initialise in dependency order (through functions too), then init functions in source order, then main.
package main

var total = trace("total", a+b+c)

var a = trace("a", b*2)

var b = trace("b", base())

var c = trace("c", fromFunc())

var d, e = trace("d", 4), trace("e", a-1)

var unrelated = trace("unrelated", 100)

var counter int

func trace(name string, v int) int {
	counter++
	println("init", name, "=", v, "step", counter)
	return v
}

func base() int {
	println("base() reads counter", counter)
	return 5 + counter
}

func fromFunc() int {
	return helper() + 1
}

func helper() int {
	return e * 10
}

func init() {
	println("first init: total =", total, "counter =", counter)
	counter = 1000
}

func init() {
	println("second init: counter =", counter)
	counter++
}

func main() {
	println("main: counter =", counter, "d =", d, "unrelated =", unrelated)
}

func init() {
	println("third init, declared after main")
}
