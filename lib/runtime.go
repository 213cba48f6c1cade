// Package runtime: the scheduler's functions a program may call
// (LANGUAGE.md), implemented in C in runtime/proc.c. One OS thread runs every
// goroutine (docs/LOWERING.md, "Goroutines, channels and select"), so GOMAXPROCS is always 1.
package runtime

// Gosched yields: the current goroutine goes to the back of the run queue.
func Gosched()

// NumGoroutine returns the number of goroutines that exist now.
func NumGoroutine() int

// GOMAXPROCS returns the number of threads running Go code (1); n is ignored.
func GOMAXPROCS(n int) int

// NumCPU returns the number of CPUs Go code runs on (1, as GOMAXPROCS).
func NumCPU() int

// GC runs a garbage collection.
func GC()

// Goexit runs the calling goroutine's deferred calls, then ends it.
func Goexit()
