package main

func main() {
	x := 1
	p := &x
	*p = 2
	println(x)
	p = nil
	println(*p)
}
