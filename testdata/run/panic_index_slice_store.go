package main

func main() {
	var s []int
	var u uint = 1 << 63
	defer0 := len(s)
	println(defer0)
	s[u] = 1 // uint index: reported unsigned
}
