// A panic in init runs init's deferred calls, then the program dies before main.
package main

func init() {
	defer println("init's deferred call")
	panic("init failed")
}

func main() {
	println("never")
}
