// Benchmark: nested loops, division and remainder (a sieve-free prime count).
package main

import "os"

// work scales a benchmark's loop count: `prog small` (the callgrind mode of
// tools/bench.sh) does a twentieth of the work.
func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	iters := work(3000000)
	for i := 0; i < iters; i++ {
		if isPrime(i) {
			count++
		}
	}
	println(count)
}
