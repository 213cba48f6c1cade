// os_exit_nested: os.Exit from deep inside calls and loops stops everything, with pending print output kept.
package main

import "os"

func walk(n int) {
	if n == 3 {
		print("leaving at ", n, "\n")
		os.Exit(3)
	}
	walk(n + 1)
	println("never", n)
}

func main() {
	for i := 0; i < 10; i++ {
		walk(i)
	}
}
