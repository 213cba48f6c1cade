package main

func main() {
	l, c := 10, 5
	s := make([]string, 2, c)
	println(len(s), cap(s))
	s = make([]string, l, c)
	println(len(s))
}
