package main

func main() {
	n := 5
	s := make([]int, n)
	println(len(s))
	n = -1
	s = make([]int, n)
	println(len(s))
}
