// Inserting during a range (the map grows under the iterator): no entry is
// produced twice and every entry that was there from the start and is never
// deleted is produced.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	next := 1000
	for k := range m {
		seen[k]++
		if next < 5000 {
			m[next] = next
			next++
			m[next] = next
			next++
		}
	}
	twice, missing := 0, 0
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	for i := 0; i < 50; i++ {
		if seen[i] != 1 {
			missing++
		}
	}
	println(twice, missing, len(m) == 50+next-1000)
	total := 0
	for range m {
		total++
	}
	println(total == len(m))
}
