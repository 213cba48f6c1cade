// Channel operations checked against the channel's direction and type
// (messages from go1.19).

package main

func main() {
	var r <-chan int
	var s chan<- int
	var x int
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	close(x) // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
	for v := range s { // ERROR "cannot range over s \(variable of type chan<- int\) \(receive from send-only channel\)"
		_ = v
	}
	for i, v := range r { // ERROR "range over r \(variable of type <-chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	var c chan int = r // ERROR "cannot use r \(variable of type <-chan int\) as type chan int in variable declaration"
	_ = c
	var ok chan<- int = make(chan int) // a bidirectional channel converts implicitly
	_ = ok
}
