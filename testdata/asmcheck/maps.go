// asmcheck: which runtime entry point each map operation calls.
package main

type Big struct{ A [200]int }

// nasm: `call\s+runtime\.mapaccess1\b`
// nasm: -`mapaccess2`
func get(m map[string]int, k string) int {
	return m[k]
}

// nasm: `call\s+runtime\.mapaccess2\b`
func has(m map[int]bool, k int) bool {
	_, ok := m[k]
	return ok
}

// Elements over 1024 bytes read the shared zero area when missing.
// nasm: `call\s+runtime\.mapaccess1_fat`
// nasm: `go\.map\.zero`
func getBig(m map[int]Big, k int) int {
	return m[k].A[0]
}

// nasm: `call\s+runtime\.mapassign\b`
// nasm: -`mapaccess`
func set(m map[int]int, k, v int) {
	m[k] = v
}

// m[k] += v reads with mapaccess1, then stores through mapassign.
// nasm: `call\s+runtime\.mapaccess1\b(.|\n)*call\s+runtime\.mapassign\b`
func add(m map[int]int, k, v int) {
	m[k] += v
}

// nasm: `call\s+runtime\.mapdelete`
func del(m map[int]int, k int) {
	delete(m, k)
}

// make without a hint, or with a small constant one, is makemap_small.
// nasm: `call\s+runtime\.makemap_small`
// nasm: -`call\s+runtime\.makemap\b`
func small() map[int]int {
	return make(map[int]int, 8)
}

// nasm: `call\s+runtime\.makemap\b`
func sized(n int) map[int]int {
	return make(map[int]int, n)
}

// nasm: `call\s+runtime\.mapiterinit(.|\n)*call\s+runtime\.mapiternext`
func sum(m map[int]int) int {
	s := 0
	for k, v := range m {
		s += k + v
	}
	return s
}

// len(m) loads the count word unless m is nil: no call.
// nasm: -`call`
func size(m map[string]string) int {
	return len(m)
}

// A map that does not escape has its hmap in the frame: makemap fills in a
// cleared slot (gc's stack hmap); -N, with no escape analysis, calls
// makemap_small.
// nasm-opt: `lea\s+r\w+, \[rbp-\d+\]\s+; &tmp hmap`
// nasm-opt: `call\s+runtime\.makemap\b`
// nasm-opt: -`makemap_small`
// nasm-N: `call\s+runtime\.makemap_small`
func distinct(s []int) int {
	seen := map[int]bool{}
	for _, v := range s {
		seen[v] = true
	}
	return len(seen)
}

func main() {
	println(distinct([]int{1, 2, 1}))
	m := map[int]int{}
	set(m, 1, 2)
	add(m, 1, 3)
	del(m, 1)
	println(get(nil, "x"), has(nil, 1), getBig(nil, 0), len(small()), len(sized(3)), sum(m), size(nil))
}
