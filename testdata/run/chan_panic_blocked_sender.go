package main

import (
	"fmt"
	"time"
)

// A sender blocked on a channel that is then closed panics.
func main() {
	c := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(c)
	}()
	fmt.Println("sending")
	c <- 1
}
