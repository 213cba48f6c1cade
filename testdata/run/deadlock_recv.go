// traceback: not compared (mgc does not yet print the frames of parked goroutines, nor gc's "created by" lines: issue 16)
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("helper waits too")
		<-c
	}()
	fmt.Println("waiting")
	<-c
}
