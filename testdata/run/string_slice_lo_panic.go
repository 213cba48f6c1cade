// string_slice_lo_panic: s[lo:] with lo past the length is checked against the length as [lo:len].
package main

func main() {
	s := "abc"
	lo := 4
	println(s[lo:])
}
