package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				v := counter
				runtime.Gosched()
				counter = v + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	sm := &SafeMap{m: map[string]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Inc("k")
			_ = sm.Get("k")
			runtime.Gosched()
		}(i)
	}
	wg.Wait()
	fmt.Println("map", sm.Get("k"))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	var n32 int32
	var n64 int64
	var u32 uint32
	var u64 uint64
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt32(&n32, 2)
			atomic.AddInt64(&n64, -3)
			atomic.AddUint32(&u32, 1)
			atomic.AddUint64(&u64, 5)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n32), atomic.LoadInt64(&n64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64))
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 40, 1), n32, atomic.CompareAndSwapInt32(&n32, 40, 2), n32)
	atomic.StoreInt64(&n64, 77)
	fmt.Println(atomic.SwapInt64(&n64, 78), n64)

	var ai atomic.Int64
	var au atomic.Uint32
	var ab atomic.Bool
	ai.Add(10)
	ai.Add(-3)
	au.Store(9)
	ab.Store(true)
	fmt.Println(ai.Load(), au.Load(), ab.Load(), ai.CompareAndSwap(7, 8), ai.Load())
	var av atomic.Value
	fmt.Println(av.Load())
	av.Store("hello")
	fmt.Println(av.Load())

	fmt.Println("GOMAXPROCS>0:", runtime.GOMAXPROCS(0) > 0)

	// Cond: a queue with waiting consumers.
	var qmu sync.Mutex
	cond := sync.NewCond(&qmu)
	queue := []int{}
	got := make(chan int, 10)
	for i := 0; i < 3; i++ {
		go func() {
			qmu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			qmu.Unlock()
			got <- v
		}()
	}
	for i := 1; i <= 3; i++ {
		qmu.Lock()
		queue = append(queue, i)
		cond.Signal()
		qmu.Unlock()
	}
	s := 0
	for i := 0; i < 3; i++ {
		s += <-got
	}
	fmt.Println("cond sum", s)
}
