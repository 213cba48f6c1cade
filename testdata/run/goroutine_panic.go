package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered in goroutine:", recover())
			done <- true
		}()
		var m map[string]int
		m["x"] = 1
	}()
	<-done
	go func() {
		panic(fmt.Sprintf("boom %d", 42))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
