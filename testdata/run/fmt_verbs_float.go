package main

import (
	"fmt"
)

func main() {
	for _, f := range []float64{0, 1, -1, 0.5, 3.14159265358979, 1e6, 1e21, 1e-7, 123456789.125, 2.5e-310} {
		fmt.Printf("%v|%f|%.2f|%e|%.3e|%E|%g|%.3g|%G\n", f, f, f, f, f, f, f, f, f)
	}
}
