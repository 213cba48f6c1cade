// string_index_const_string: indexing a constant string with a variable index is checked at run time.
package main

const digits = "0123456789"

func main() {
	n := 9
	println(digits[n], string(rune(digits[n])))
	n++
	println(digits[n])
}
