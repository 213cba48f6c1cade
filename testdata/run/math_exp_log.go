package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 1, -1, 0.5, 2, 10, -10, 100, 700, 709.78, 709.79, -700, -745, -746, 1e-10, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)} {
		fmt.Println(x, math.Exp(x))
	}
	for _, x := range []float64{1, 2, math.E, 10, 0.5, 1e-300, 1e300, 5e-324, 0, math.Copysign(0, -1), -1, math.Inf(1), math.NaN(), 0.7, 0.71, 1.41} {
		fmt.Println(x, math.Log(x))
	}
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += math.Log(float64(i)) - math.Exp(float64(i)/100)
	}
	fmt.Println(sum)
}
