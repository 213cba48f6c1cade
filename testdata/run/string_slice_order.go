// string_slice_order: the operand and bounds are evaluated left to right before any check.
package main

func f(tag string, v int) int {
	println("eval", tag, v)
	return v
}

func str() string {
	println("eval s")
	return "abcd"
}

func main() {
	println(str()[f("lo", 1):f("hi", 3)])
	println(str()[f("lo", 3):f("hi", 9)])
}
