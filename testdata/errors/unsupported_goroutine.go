// mgc only (go1.19 accepts this program): goroutines are outside mini-Go.

package main

func work() {}

func main() {
	go work() // ERROR "goroutines are not supported by mgc"
}
