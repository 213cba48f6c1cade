// fib: naive doubly recursive Fibonacci, fib(35) = 9227465 (about 30 million calls).
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	for i := 0; i <= 10; i++ {
		print(fib(i), " ")
	}
	println()
	println(fib(35))
}
