package main

type I interface{}

func eq(a, b I) bool { return a == b }

func main() {
	println(eq(1, 2))
	println(eq(map[int]int{}, 3)) // different types: no panic
	println(eq(map[int]int{}, map[int]int{}))
}
