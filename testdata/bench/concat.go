// Benchmark: string concatenation and comparison (allocation through the GC).
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

func main() {
	total := 0
	iters := work(200000)
	for i := 0; i < iters; i++ {
		s := ""
		for j := 0; j < 10; j++ {
			s = s + "ab"
		}
		if s == "abababababababababab" {
			total += len(s)
		}
	}
	println(total)
}
