// A channel's element type must be smaller than 64 kB (the runtime's hchan
// keeps the element size in 16 bits); gc finds it when it lays out the
// channel type, after type checking.
package main

type Block [1 << 16]byte

func main() {
	c := make(chan Block) // ERROR "channel element type too large \(>64kB\)"
	ok := make(chan [1<<16 - 1]byte, 1)
	println(c, ok)
}
