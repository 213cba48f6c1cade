// Deleting during a range: every entry is produced at most once, and an
// entry deleted before the loop reaches it is not produced.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	seen := map[int]bool{}
	produced := 0
	for k := range m {
		if seen[k] {
			println("produced twice:", k)
		}
		seen[k] = true
		produced++
		// delete the partner of k; if it was not produced yet it never will be
		partner := k ^ 1
		delete(m, partner)
		if seen[partner] {
			continue
		}
		seen[partner] = true
	}
	println("deleted partners, left:", len(m), produced == 500)

	// delete everything while iterating
	all := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	count := 0
	for k := range all {
		delete(all, k)
		count++
	}
	println(len(all), count)

	// delete the current key only: all entries are produced
	cur := map[int]bool{}
	for i := 0; i < 300; i++ {
		cur[i] = true
	}
	n := 0
	for k := range cur {
		delete(cur, k)
		n++
	}
	println(n, len(cur))
}
