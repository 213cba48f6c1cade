package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
	pad  [16]int
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: i, next: head}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

// Each goroutine builds a list that only its own stack refers to, then
// parks; the main goroutine churns the heap and collects. The lists must
// survive.
func main() {
	const n = 8
	ready := make(chan bool)
	resume := make(chan bool)
	results := make(chan int)
	for g := 0; g < n; g++ {
		go func(g int) {
			l := build(1000 + g)
			ready <- true
			<-resume
			results <- sum(l)
		}(g)
	}
	for g := 0; g < n; g++ {
		<-ready
	}
	for i := 0; i < 200; i++ {
		_ = build(500)
		if i%50 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	total := 0
	for g := 0; g < n; g++ {
		resume <- true
		total += <-results
	}
	fmt.Println("total", total, "goroutines", runtime.NumGoroutine())
}
