// sieve: the sieve of Eratosthenes over a []bool, repeated: slice indexing
// in tight loops (bounds checks, loop counters).
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

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	total := 0
	iters := work(100)
	for r := 0; r < iters; r++ {
		total += sieve(200000 + r)
	}
	println(total)
}
