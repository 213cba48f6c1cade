package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(pinf, ninf, nan, math.Inf(0), math.Inf(-5))
	fmt.Println(math.IsNaN(nan), math.IsNaN(pinf), math.IsNaN(0), nan == nan, nan != nan)
	fmt.Println(math.IsInf(pinf, 1), math.IsInf(pinf, -1), math.IsInf(pinf, 0), math.IsInf(ninf, -1), math.IsInf(ninf, 0), math.IsInf(nan, 0), math.IsInf(math.MaxFloat64, 0))
	fmt.Println(pinf+ninf, pinf*0, 1/pinf, -1/pinf, math.Signbit(-1/pinf), math.Signbit(nan), math.Signbit(ninf))
	fmt.Printf("%x %x %x\n", math.Float64bits(pinf), math.Float64bits(ninf), math.Float64bits(nan))
	fmt.Printf("%v %.3f %e %g %08.2f\n", nan, pinf, ninf, nan, ninf)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
}
