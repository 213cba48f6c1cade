package main

func main() {
	n := 1 << 62
	s := make([]byte, 0, 16)
	println(cap(s))
	b := make([]int64, n)
	println(len(b))
}
