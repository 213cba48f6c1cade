// Structs, arrays, pointers, slices and funcs as panic values, recovered.
package main

type P struct{ X, Y int }

func try(f func()) {
	defer func() {
		r := recover()
		println("recovered:", r != nil)
	}()
	f()
}

func main() {
	try(func() { panic(P{1, 2}) })
	try(func() { panic(&P{3, 4}) })
	try(func() { panic([2]string{"a", "b"}) })
	try(func() { panic([]int{1}) })
	try(func() { panic(struct{}{}) })
	try(func() { panic(main) })
	try(func() { panic(struct{ p *int }{nil}) })
	println("done")
}
