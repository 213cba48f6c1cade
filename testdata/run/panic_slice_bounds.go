package main

func main() {
	s := []int{1, 2, 3, 4}
	hi := 6
	println(len(s[1:3]))
	println(len(s[:hi])) // beyond cap
}
