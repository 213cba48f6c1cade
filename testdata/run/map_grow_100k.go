// Growth to 100000 entries: every entry is kept and found again.
package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*7919] = i
	}
	println(len(m))
	bad := 0
	for i := 0; i < 100000; i++ {
		v, ok := m[i*7919]
		if !ok || v != i {
			bad++
		}
	}
	_, ok := m[-1]
	println(bad, ok)
	n, sum := 0, 0
	for k, v := range m {
		n++
		sum += v
		if k != v*7919 {
			bad++
		}
	}
	println(n, sum, bad)

	s := make(map[string]int, 100)
	key := []byte("k0000")
	for i := 0; i < 20000; i++ {
		key[1] = byte('0' + i/10000%10)
		key[2] = byte('0' + i/1000%10)
		key[3] = byte('0' + i/100%10)
		key[4] = byte('0' + i/10%10)
		s[string(key)+string(rune('0'+i%10))] = i
	}
	println(len(s), s["k12345"], s["k00000"], s["k19999"])
}
