// os_exit_status: os.Exit ends the program at once; the parent sees the status modulo 256.
package main

import "os"

func status() int {
	return 256 + 7
}

func main() {
	println("before")
	if status() > 0 {
		os.Exit(status())
	}
	println("after")
}
