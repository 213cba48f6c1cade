package main

func main() {
	s := make([]int, 2, 5)
	i, j, k := 1, 4, 3
	println(cap(s[i:j:5]))
	println(cap(s[i:j:k]))
}
