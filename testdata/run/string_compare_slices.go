// string_compare_slices: comparisons of substrings and bytes, byte by byte and bytewise ordered.
package main

func less(a, b string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func main() {
	words := "pear apple fig applesauce Zebra é"
	prev := ""
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			w := words[start:i]
			println(w, prev < w, less(prev, w), prev == w[:len(prev)%(len(w)+1)])
			prev = w
			start = i + 1
		}
	}
	s := "abcabc"
	println(s[:3] == s[3:], s[1:3] != s[4:], s[:0] == "", s[2:] >= s[3:])
}
