package main

type I interface{ M() }

func try(i I) {
	defer func() {
		r := recover()
		println("recovered:", r != nil)
	}()
	i.M()
	println("not reached")
}

type T int

func (T) M() { println("T.M") }

func main() {
	try(T(1))
	try(nil)
	println("done")
}
