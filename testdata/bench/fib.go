// Benchmark: function calls and integer arithmetic (recursive Fibonacci).
package main

import "os"

// work picks the argument: `prog small` (the callgrind mode of tools/bench.sh)
// computes a smaller Fibonacci number.
func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n - 6
	}
	return n
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(work(37)))
}
