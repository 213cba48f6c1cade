package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int, 1)
	// One case and default: selectnbsend / selectnbrecv.
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case v, ok := <-c:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	// Only a default.
	select {
	default:
		fmt.Println("only default")
	}
	// One case, no default: a plain receive.
	go func() { c <- 5 }()
	select {
	case v := <-c:
		fmt.Println("single", v)
	}

	// Many cases: selectgo; count which are chosen.
	a := make(chan int, 10)
	b := make(chan int, 10)
	for i := 0; i < 10; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 20; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na+nb, na == 10, nb == 10)

	// Send and receive cases, nil channels never ready.
	var nilc chan int
	out := make(chan int, 1)
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case <-nilc:
		fmt.Println("impossible")
	case out <- 7:
		fmt.Println("sent 7")
	}
	// A closed channel is always ready.
	closed := make(chan string)
	close(closed)
	select {
	case s, ok := <-closed:
		fmt.Printf("closed %q %v\n", s, ok)
	case <-nilc:
	}

	// break leaves the select; labeled break leaves the loop.
	n := 0
loop:
	for {
		select {
		case v := <-out:
			n += v
			if n > 0 {
				break
			}
			fmt.Println("not reached")
		default:
			break loop
		}
	}
	fmt.Println("n", n)

	// Timeouts.
	slow := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		slow <- 1
	}()
	select {
	case <-slow:
		fmt.Println("slow answered")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case v := <-slow:
		fmt.Println("slow answered", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	// A select loop over two producers until both are done.
	x := make(chan int)
	y := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			x <- i
		}
		close(x)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			y <- i
		}
		close(y)
	}()
	sum := 0
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				continue
			}
			sum += v
		case v, ok := <-y:
			if !ok {
				y = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// Assigning to existing variables in a case.
	var got int
	var ok bool
	z := make(chan int, 1)
	z <- 3
	select {
	case got, ok = <-z:
	case <-nilc:
	}
	fmt.Println(got, ok)
}
