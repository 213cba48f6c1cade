// func_calls: calls as arguments, results ignored, order of evaluation of arguments.
package main

var trace string

func note(s string, v int) int {
	trace += s
	return v
}

func add(a, b int) int { return a + b }

func sub3(a, b, c int) int { return a - b - c }

func greet(name string) string { return "hello " + name }

func nothing() {}

func main() {
	println(add(add(1, 2), add(3, 4)))
	r := sub3(note("a", 10), note("b", 3), note("c", 2))
	println(r, trace)
	trace = ""
	x := note("x", 1) + note("y", 2)*note("z", 3)
	println(x, trace)
	println(greet(greet("world")))
	nothing()
	add(1, 2)
	println(len(greet("")))
}
