// string_slice_inverted: lo > hi panics with [lo:hi], after hi passed its own check.
package main

func main() {
	s := "abcdef"
	lo, hi := 3, 2
	println(s[hi:lo])
	println(s[lo:hi])
}
