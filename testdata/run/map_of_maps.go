// Maps of maps: creating inner maps on demand, counting pairs.
package main

func main() {
	pairs := map[string]map[string]int{}
	text := []string{"a", "b", "a", "b", "a", "c", "b", "a"}
	for i := 0; i+1 < len(text); i++ {
		x, y := text[i], text[i+1]
		inner, ok := pairs[x]
		if !ok {
			inner = map[string]int{}
			pairs[x] = inner
		}
		inner[y]++
	}
	for _, c := range "abc" {
		x := string(c)
		println(x, len(pairs[x]), pairs[x]["a"], pairs[x]["b"], pairs[x]["c"])
	}
	pairs["a"]["b"] += 100
	println(pairs["a"]["b"])
	lit := map[int]map[int]bool{1: {2: true}, 3: {4: true, 5: false}}
	println(lit[1][2], lit[3][4], lit[3][5], len(lit[3]), lit[9][9])
	delete(lit[3], 4)
	println(len(lit[3]))
}
