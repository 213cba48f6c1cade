// os_exit: os.Exit(3) ends the program at once with status 3; later code does not run.
package main

import "os"

func finish(code int) {
	println("exiting with", code)
	os.Exit(code)
	println("not reached")
}

func main() {
	for i := 0; i < 3; i++ {
		println("step", i)
	}
	finish(3)
	println("not reached either")
}
