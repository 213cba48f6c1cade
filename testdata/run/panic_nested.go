// A panic during a deferred call while panicking: both are printed, oldest
// first, and the deferred calls that remain still run.
package main

func main() {
	defer println("outer deferred call still runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}
