// println of a slice prints [len/cap]array: the three words are one
// parameter, passed on the stack (docs/ABI.md), and the runtime must read
// them from there. Only nil slices here: other arrays' addresses differ.
package main

func main() {
	var s []int
	var b []byte
	var ss [][]string
	println(s)
	println(b, ss)
	println("slices:", s, len(s), b)
	var p *int
	println(s, p, s)
}
