// string_index_negative: a negative index is reported without the length.
package main

func pick(s string, i int) byte {
	return s[i]
}

func main() {
	println(pick("hello", 4))
	println(pick("hello", -1))
}
