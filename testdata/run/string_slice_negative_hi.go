// string_slice_negative_hi: a negative high bound fails the first check, [:hi] without a length.
package main

func main() {
	s := "abcdef"
	hi := -1
	println(s[:hi])
}
