// os_exit_zero: os.Exit(0) inside a loop stops the program with a success status.
package main

import "os"

func main() {
	for i := 0; ; i++ {
		println(i)
		if i == 4 {
			os.Exit(0)
		}
	}
}
