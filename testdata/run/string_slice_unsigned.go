// string_slice_unsigned: a uint bound that wrapped around prints as unsigned (panicSliceAlenU).
package main

func main() {
	s := "abcdef"
	var hi uint = 0
	hi--
	println(s[2:hi])
}
