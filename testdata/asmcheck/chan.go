// asmcheck: goroutines, channels and select call the runtime functions gc
// 1.19's walk calls (docs/LOWERING.md, "Goroutines, channels and select").
package main

func work(a, b int) {
}

// go f(x): a wrapper closure holding the arguments (named like a function
// literal, main.spawn.func1, as gc names it), then newproc.
// nasm: `main\.spawn\.func1`
// nasm: `call\s+runtime\.newproc`
func spawn(a, b int) {
	go work(a, b)
}

// go fv() of a func() value needs no wrapper.
// nasm: `call\s+runtime\.newproc`
// nasm: -`main\.spawnValue\.func`
func spawnValue(f func()) {
	go f()
}

// nasm: `lea\s+\w+, \[rel type\.chan\$20int\]`
// nasm: `call\s+runtime\.makechan`
func mk(n int) chan int {
	return make(chan int, n)
}

// nasm: `call\s+runtime\.chansend1`
func send(c chan int, v int) {
	c <- v
}

// nasm: `call\s+runtime\.chanrecv1`
func recv(c <-chan string) string {
	return <-c
}

// nasm: `call\s+runtime\.chanrecv2`
func recvOK(c chan int) (int, bool) {
	v, ok := <-c
	return v, ok
}

// nasm: `call\s+runtime\.closechan`
func shut(c chan<- int) {
	close(c)
}

// len and cap of a channel are loads of hchan.qcount and hchan.dataqsiz.
// nasm: `\[\w+\+8\]`
// nasm: -`call`
func lencap(c chan int) int {
	return len(c) + cap(c)
}

// nasm: `call\s+runtime\.chanrecv2`
func drain(c chan int) (n int) {
	for v := range c {
		n += v
	}
	return n
}

// nasm: `call\s+runtime\.block`
func forever() {
	select {}
}

// One case and a default: selectnbsend, no selectgo.
// nasm: `call\s+runtime\.selectnbsend`
// nasm: -`selectgo`
func trySend(c chan int) bool {
	select {
	case c <- 1:
		return true
	default:
		return false
	}
}

// nasm: `call\s+runtime\.selectnbrecv`
// nasm: -`selectgo`
func tryRecv(c chan int) (int, bool) {
	select {
	case v, ok := <-c:
		return v, ok
	default:
		return 0, false
	}
}

// One case alone is the communication alone.
// nasm: `call\s+runtime\.chanrecv1`
// nasm: -`select`
func single(c chan int) int {
	select {
	case v := <-c:
		return v
	}
}

// nasm: `call\s+runtime\.selectgo`
func both(a, b chan int, out chan string) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return -v
	case out <- "x":
		return 0
	}
}

func main() {
}
