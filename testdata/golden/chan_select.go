// Golden: goroutines and channels as gc 1.19's walk lowers them. `go
// produce(c, 3)` builds a closure holding c and 3 and calls runtime.newproc;
// the send, the receive with ok and the range loop call chansend1,
// chanrecv2; the two-case select fills a [2]scase array and calls selectgo.
package main

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func pick(a, b <-chan int) int {
	select {
	case v := <-a:
		return v
	case v, ok := <-b:
		if !ok {
			return -1
		}
		return v
	}
}

func main() {
	c := make(chan int)
	go produce(c, 3)
	sum := 0
	for v := range c {
		sum += v
	}
	v, ok := <-c
	d := make(chan int, 1)
	d <- 10
	println(sum, v, ok, pick(d, nil))
}
