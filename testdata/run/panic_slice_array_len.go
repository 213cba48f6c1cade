package main

func main() {
	var a [3]string
	n := 4
	println(len(a[:3]))
	t := a[1:n]
	println(len(t))
}
