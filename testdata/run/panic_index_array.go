package main

func get(a [5]int, i int) int {
	return a[i]
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	println(get(a, 4))
	println(get(a, 5))
}
