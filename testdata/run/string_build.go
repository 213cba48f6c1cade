// string_build: growing strings by concatenation in loops (allocates a lot of garbage).
package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	line := repeat("=", 40)
	println(line)
	println(len(repeat("ab", 1000)))
	total := 0
	for i := 0; i < 2000; i++ {
		total += len(repeat("xyz", i%50))
	}
	println(total)
	big := repeat("0123456789", 1000)
	s := ""
	for i := 0; i < 3000; i++ {
		s = s + "."
	}
	println(len(big), len(s), len(big+s))
	println(repeat("-", 0) == "", repeat("", 10) == "")
}
