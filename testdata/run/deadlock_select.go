// traceback: not compared (mgc does not yet print the frames of parked goroutines, nor gc's "created by" lines: issue 16)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("forgets Done")
	}()
	wg.Wait()
	select {}
}
