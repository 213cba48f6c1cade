package main

import "fmt"

func down(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	return down(n+1) + int(pad[0])
}

func main() {
	done := make(chan int)
	go func() {
		fmt.Println("deep")
		done <- down(0)
	}()
	<-done
}
