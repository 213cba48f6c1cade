// goroutine_stack_overflow_frame: unbounded recursion through 40 KB frames in
// a goroutine. Each frame is checked against the goroutine's stack limit on
// entry, so the last one stops at the limit instead of stepping over the
// guard page into memory that is not the stack.
package main

import "fmt"

func deep(n int) int {
	var buf [40 << 10]byte
	buf[n%len(buf)] = byte(n)
	return deep(n+1) + int(buf[n%len(buf)])
}

func main() {
	done := make(chan int)
	go func() {
		fmt.Println("deep")
		done <- deep(0)
	}()
	println(<-done)
}
