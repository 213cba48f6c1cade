package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	// A received value assigned to an interface in a select case.
	var i interface{}
	var e error
	c := make(chan int, 1)
	c <- 1
	select {
	case i = <-c:
	}
	fmt.Println(i)
	errs := make(chan *myErr, 1)
	errs <- &myErr{"bad"}
	other := make(chan int)
	select {
	case e = <-errs:
	case <-other:
	}
	fmt.Println(e)

	// Goexit runs the deferred calls, then ends only that goroutine.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred before exit")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()

	// A goroutine spinning on an atomic flag until another sets it.
	var flag int32
	var n int64
	done := make(chan bool)
	go func() {
		for atomic.LoadInt32(&flag) == 0 {
			atomic.AddInt64(&n, 1)
		}
		done <- true
	}()
	go func() {
		atomic.StoreInt32(&flag, 1)
	}()
	<-done
	fmt.Println("flag seen", atomic.LoadInt32(&flag))
}

type myErr struct{ s string }

func (m *myErr) Error() string { return "myErr: " + m.s }
