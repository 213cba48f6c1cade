package main

func main() {
	arr := [5]int{}
	lo, hi := 4, 2
	println(len(arr[lo:]))
	println(len(arr[lo:hi]))
}
