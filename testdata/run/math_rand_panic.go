// rand.Intn with a bad argument panics with go1.19's message.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		r := rand.New(rand.NewSource(1))
		fmt.Println(r.Int63n(0))
	}()
	fmt.Println(rand.Intn(5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Shuffle(-1, func(i, j int) {})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Int31n(-3)
	}()
	rand.Intn(0)
}
