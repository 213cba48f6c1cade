// string_index_empty: any index into the empty string is out of range.
package main

func main() {
	s := ""
	println(len(s), s == "")
	i := 0
	println(s[i])
}
