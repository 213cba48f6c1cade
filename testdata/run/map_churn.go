// Insert and delete churn: many deletions leave overflow buckets, which
// make the map rebuild itself at the same size; nothing is lost.
package main

func main() {
	m := map[int]int{}
	live := 0
	for round := 0; round < 50; round++ {
		for i := 0; i < 1000; i++ {
			m[round*1000+i] = round
		}
		for i := 0; i < 1000; i++ {
			if i%10 != 0 {
				delete(m, round*1000+i)
			}
		}
		live += 100
	}
	println(len(m), live)
	bad := 0
	for round := 0; round < 50; round++ {
		for i := 0; i < 1000; i++ {
			v, ok := m[round*1000+i]
			if ok != (i%10 == 0) || (ok && v != round) {
				bad++
			}
		}
	}
	println(bad)
	for k := range m {
		delete(m, k)
	}
	println(len(m))
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	println(len(m), m[9])
}
