// panic itself can be deferred; its argument is evaluated at the defer.
package main

func main() {
	msg := "deferred panic"
	defer panic(msg)
	msg = "changed"
	println("body", msg)
}
