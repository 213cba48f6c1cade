package main

func main() {
	var a any = []int{1}
	var b any = []int{1}
	println(a == nil)
	println(a == b)
}
