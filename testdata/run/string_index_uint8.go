// string_index_uint8: a narrow unsigned index is zero-extended before the bounds check.
package main

func main() {
	var b uint8 = 250
	s := "short"
	println(s[b%5])
	println(s[b])
}
