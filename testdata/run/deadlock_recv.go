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
