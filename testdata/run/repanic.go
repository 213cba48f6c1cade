// Panicking again with the recovered value prints the first panic as
// recovered, then the new one.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered, panicking again")
		panic(r)
	}()
	panic("first")
}
