// Maps that do not escape keep their hmap in the frame (codegen/map.c,
// gc's stack hmap): made in loops, grown past many buckets, iterated,
// deleted from, made again each iteration, in recursion, and inlined.
package main

func distinct(s []int) int {
	seen := map[int]bool{}
	for _, v := range s {
		seen[v] = true
	}
	return len(seen)
}

func grow(n int) (int, int) {
	m := make(map[int]int, 4)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	for i := 0; i < n; i += 3 {
		delete(m, i*7)
	}
	s := 0
	for k, v := range m {
		s += k - v
	}
	return len(m), s
}

func depth(n int) int {
	m := map[string]int{"d": n}
	if n == 0 {
		return m["d"]
	}
	return depth(n-1) + m["d"]
}

func main() {
	t := 0
	for r := 0; r < 50; r++ {
		m := map[int]string{r: "x", r + 1: "yy"}
		t += len(m[r]) + len(m[r+1]) + len(m)
	}
	println(t, distinct([]int{3, 1, 3, 2, 1}), distinct(nil))
	println(grow(1000))
	println(depth(20))
}
