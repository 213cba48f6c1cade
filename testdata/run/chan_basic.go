package main

import "fmt"

type Msg struct {
	ID   int
	Text string
}

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	// Buffered: FIFO, len and cap.
	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	fmt.Println(<-b, <-b, len(b))

	// Unbuffered with a goroutine, range until closed.
	c := make(chan int)
	go producer(5, c)
	sum := 0
	for v := range c {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)

	// Receive from a closed channel: zero value, ok false.
	v, ok := <-c
	fmt.Println(v, ok)

	// Structs and interfaces as elements.
	m := make(chan Msg, 1)
	m <- Msg{7, "seven"}
	got := <-m
	fmt.Printf("%+v\n", got)
	e := make(chan interface{}, 2)
	e <- 42
	e <- "str"
	fmt.Println(<-e, <-e)
	errs := make(chan error, 1)
	errs <- fmt.Errorf("failed %d", 3)
	fmt.Println(<-errs)

	// Nil channels and directional types.
	var nilc chan int
	fmt.Println(nilc == nil, len(nilc), cap(nilc))
	var r <-chan int = c
	var s chan<- int = make(chan int, 1)
	fmt.Printf("%T %T %T %T\n", c, r, s, make(chan (<-chan int)))
	fmt.Println(r == c)

	// A zero-size element type.
	done := make(chan struct{})
	go func() {
		fmt.Println("worker running")
		close(done)
	}()
	<-done
	_, ok = <-done
	fmt.Println("done", ok)

	// Buffered channel drained after close keeps its values.
	q := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		q <- i * 10
	}
	close(q)
	for x := range q {
		fmt.Print(x, ",")
	}
	fmt.Println()

	// Channels of channels: request/response.
	reqs := make(chan chan int)
	go func() {
		for reply := range reqs {
			reply <- 99
		}
	}()
	reply := make(chan int)
	reqs <- reply
	fmt.Println("reply", <-reply)
	close(reqs)
}
