// string_slice: s[lo:hi], s[lo:], s[:hi] and s[:] share the string's bytes; empty results are fine.
package main

func main() {
	s := "hello, world"
	println(s[0:5], s[7:], s[:5], s[:], s[5:5] == "", len(s[12:]))
	i, j := 3, 9
	println(s[i:j], len(s[i:j]), s[i:j][1:3], s[i:][:2])
	const c = "constant"
	println(c[2:5], c[i:], c[:j-1])
	var u uint = 2
	var b byte = 4
	println(s[u:b], s[b:], s[:u])
	t := s
	for len(t) > 0 {
		print(t[:1], "|")
		t = t[1:]
	}
	println()
	println(s[len(s):] == "", s[0:0] == s[len(s):], s[1:4] < s[2:4])
	for k := 0; k <= len(s); k += 4 {
		println(k, s[k:], s[:k])
	}
}
