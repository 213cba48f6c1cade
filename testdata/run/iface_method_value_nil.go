package main

type I interface{ M() int }

func main() {
	var i I
	println("binding")
	f := i.M
	println("not reached", f != nil)
}
