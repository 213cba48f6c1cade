// Calls through func values, as the support gate once rejected them.
package main

func apply(f func(int) int, x int) int {
	return f(x)
}

type Op func(int) int

func main() {
	println(1)
}
