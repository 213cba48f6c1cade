// maps: a million inserts, lookups and deletes on a map[int]int, and string
// keys counted in a map[string]int.
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
	m := make(map[int]int)
	iters := work(1000000)
	for i := 0; i < iters; i++ {
		m[i*7] = i
	}
	hits := 0
	iters = work(2000000)
	for i := 0; i < iters; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	iters = work(1000000)
	for i := 0; i < iters; i += 2 {
		delete(m, i*7)
	}
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	counts := map[string]int{}
	iters = work(1000000)
	for i := 0; i < iters; i++ {
		counts[words[i%len(words)]]++
	}
	println(len(m), hits, counts["gamma"])
}
