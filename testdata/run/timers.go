package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	out := make(chan string, 3)
	for _, d := range []int{300, 100, 200} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprint("slept ", d)
		}(d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	fmt.Println("elapsed >= 300ms:", time.Since(start) >= 300*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop", t.Stop())
	fmt.Println("stop again", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")

	tick := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick.C
		fmt.Println("tick", i)
	}
	tick.Stop()

	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("after func")
		done <- true
	})
	<-done

	n := 0
	for range time.Tick(2 * time.Millisecond) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("ticks", n)
	fmt.Println(time.Second.Milliseconds(), (1500 * time.Millisecond).Seconds())
	time.Sleep(0)
	time.Sleep(-1)
	fmt.Println("end")
}
