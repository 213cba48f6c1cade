package main

import (
	"fmt"
	"sort"
	"sync"
)

// A pipeline: generate -> square -> sum.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

// merge fans several channels in to one.
func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type result struct {
	job, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, j * 100}
	}
}

func main() {
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(n)
	}

	in := gen(1, 2, 3, 4, 5, 6)
	c1 := sq(in)
	c2 := sq(in)
	var all []int
	for n := range merge(c1, c2) {
		all = append(all, n)
	}
	sort.Ints(all)
	fmt.Println(all)

	// A worker pool.
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	total := 0
	count := 0
	for r := range results {
		total += r.value
		count++
	}
	fmt.Println("results", count, total)

	// A semaphore limiting concurrency.
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			ch := make(chan int, 1)
			ch <- i
			<-ch
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}(i)
	}
	wg2.Wait()
	fmt.Println("max active <= 3:", maxActive <= 3, maxActive > 0)

	// Producer/consumer with a done channel.
	data := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range data {
			fmt.Println("consumed", s)
		}
		done <- true
	}()
	for _, s := range []string{"x", "y", "z"} {
		data <- s
	}
	close(data)
	<-done

	// Arguments are evaluated at the go statement.
	x := 1
	ch := make(chan int)
	go func(v int) { ch <- v }(x)
	x = 2
	fmt.Println("arg", <-ch, x)

	// Method values and methods as goroutines.
	var cnt counter
	cnt.ch = make(chan int)
	go cnt.run(3)
	for v := range cnt.ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	f := cnt.name
	go f("method value")
	var wg3 sync.WaitGroup
	wg3.Add(1)
	go func() {
		defer wg3.Done()
		fmt.Println("closure goroutine")
	}()
	wg3.Wait()
}

type counter struct {
	ch chan int
}

func (c *counter) run(n int) {
	for i := 0; i < n; i++ {
		c.ch <- i
	}
	close(c.ch)
}

func (c counter) name(s string) {}
