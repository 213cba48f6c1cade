// multi_results_pass: f(g()) passes every result of g; tuple assignment and swaps with strings.
package main

func pair(s string) (string, int) {
	return s + s, len(s)
}

func join(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s[i : i+1]
	}
	return r
}

func minmax(a, b int) (int, int) {
	if a < b {
		return a, b
	}
	return b, a
}

func main() {
	println(join(pair("abc")))
	lo, hi := minmax(9, 4)
	println(lo, hi)
	a, b, c := "x", "y", "z"
	a, b, c = c, a, b
	println(a, b, c)
	s, n := pair("go")
	s, n = s[n:], n*10
	println(s, n)
}
