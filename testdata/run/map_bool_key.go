// Bool keys and bool values.
package main

func main() {
	m := map[bool]int{}
	for i := 0; i < 10; i++ {
		m[i%3 == 0] += i
	}
	println(len(m), m[true], m[false])
	seen := map[int]bool{}
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		if seen[x] {
			println("dup", x)
		}
		seen[x] = true
	}
	println(len(seen))
	delete(m, true)
	_, ok := m[true]
	println(ok, len(m))
}
