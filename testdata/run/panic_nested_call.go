// panic_nested_call: a panic deep in a recursion ends the program; earlier output stays.
package main

func countdown(n int) int {
	println("level", n)
	if n == 0 {
		panic("reached " + "zero")
	}
	return countdown(n-1) + 1
}

func main() {
	println(countdown(3))
}
