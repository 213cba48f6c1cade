package main

type Big struct {
	data [20]int
	name string
}

func main() {
	var p *Big
	b := Big{name: "b"}
	println(b.name)
	b = *p // copying a whole struct through nil
	println("not reached", b.name)
}
