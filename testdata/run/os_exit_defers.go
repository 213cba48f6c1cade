// os.Exit ends the program at once: deferred calls do not run.
package main

import "os"

func main() {
	defer println("never printed")
	func() {
		defer println("inner deferred call runs")
	}()
	os.Exit(3)
}
