// Deferred calls run last in, first out, when the function returns.
package main

func three() {
	defer println("three: first deferred, runs last")
	defer println("three: second deferred")
	defer println("three: third deferred, runs first")
	println("three: body")
}

func main() {
	defer println("main: deferred")
	three()
	println("main: after three")
}
