// mgc only (go1.19 accepts this program): channels are outside mini-Go,
// reported at the chan type, the send and the receive.

package main

func main() {
	var c chan int // ERROR "channels are not supported by mgc"
	var r <-chan int = c // ERROR "channels are not supported by mgc"
	c <- 1 // ERROR "channels are not supported by mgc"
	_ = <-r // ERROR "channels are not supported by mgc"
}
