// Word counts, printed in sorted order (an insertion sort over the keys).
package main

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\n' || s[i] == ',' || s[i] == '.' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	text := `the quick brown fox jumps over the lazy dog. the dog sleeps,
the fox runs. a fox, a dog, a cat and the end`
	counts := map[string]int{}
	ws := words(text)
	for i := 0; i < len(ws); i++ {
		counts[ws[i]]++
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for i := 0; i < len(keys); i++ {
		println(keys[i], counts[keys[i]])
	}
	println("distinct:", len(counts))
}
