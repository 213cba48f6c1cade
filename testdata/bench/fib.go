// Benchmark: function calls and integer arithmetic (recursive Fibonacci).
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(35))
}
