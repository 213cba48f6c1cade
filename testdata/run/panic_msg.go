// panic_msg: panic("some message") prints the message and exits with status 2.
package main

func main() {
	println("before panic")
	panic("some message")
}
