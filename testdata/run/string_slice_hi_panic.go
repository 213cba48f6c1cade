// string_slice_hi_panic: a high bound past the length panics: [:hi] with length.
package main

func main() {
	s := "abc"
	hi := 3
	println(s[1:hi])
	hi = 5
	println(s[1:hi])
}
