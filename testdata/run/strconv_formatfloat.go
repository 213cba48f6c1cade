package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 123456789, 1e-7, 1e-5, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat32, 100, 0.000123456, 1.5, 2.5, 3.5, 1234.5678, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, f := range vals {
		for _, c := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'v'} {
			for _, prec := range []int{-1, 0, 2, 6} {
				fmt.Print(strconv.FormatFloat(f, c, prec, 64), " ")
			}
			fmt.Print(strconv.FormatFloat(f, c, -1, 32), " ", strconv.FormatFloat(f, c, 3, 32), " ")
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 40, 64))
	fmt.Println(strconv.FormatFloat(1e100, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'e', 30, 64))
	fmt.Println(strconv.FormatFloat(123456, 'g', 3, 64), strconv.FormatFloat(123456, 'g', 10, 64), strconv.FormatFloat(0.0001, 'g', -1, 64), strconv.FormatFloat(0.00001, 'g', -1, 64))
}
