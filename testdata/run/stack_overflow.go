// stack_overflow: unbounded recursion is a fatal error, not a panic: Go's first lines and exit status 2.
// timeout: 40
package main

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	println("start")
	println(down(0))
}
