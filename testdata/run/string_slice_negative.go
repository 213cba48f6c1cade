// string_slice_negative: a negative low bound is reported as [lo:], a negative high bound as [:hi].
package main

func sub(s string, lo, hi int) string {
	return s[lo:hi]
}

func main() {
	println(sub("abcdef", 1, 4))
	println(sub("abcdef", -2, 4))
}
