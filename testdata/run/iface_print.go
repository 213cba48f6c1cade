package main

type I interface{ M() }

func main() {
	var e any
	var i I
	println(e, i)
	println(e == nil)
	print(e, "\n")
}
