package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		c := make(chan bool)
		close(c)
		close(c)
	}()
	var c chan int
	close(c)
}
