package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, i := range []int64{0, 1, -1, 42, -255, 1 << 40, math.MaxInt64, math.MinInt64} {
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(i, b), " ")
		}
		fmt.Println(strconv.Itoa(int(i)))
	}
	fmt.Println(strconv.FormatUint(math.MaxUint64, 2), strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(12345, 7))
	s := ""
	for i := -5; i <= 5; i++ {
		s += strconv.Itoa(i*i*i) + ","
	}
	fmt.Println(s)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(10, 37)
}
