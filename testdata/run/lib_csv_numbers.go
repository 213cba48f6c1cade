package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const data = `3.5, 1e3, -2, abc, 0x1p4, , 7_5, NaN, 1e999, 42`

func main() {
	var nums []float64
	var bad []string
	for _, field := range strings.Split(data, ",") {
		field = strings.TrimSpace(field)
		f, err := strconv.ParseFloat(field, 64)
		switch {
		case errors.Is(err, strconv.ErrRange):
			bad = append(bad, "range:"+field)
		case err != nil:
			bad = append(bad, "syntax:"+strconv.Quote(field))
		case math.IsNaN(f):
			bad = append(bad, "nan")
		default:
			nums = append(nums, f)
		}
	}
	sort.Float64s(nums)
	sum := 0.0
	for _, n := range nums {
		sum += n
	}
	mean := sum / float64(len(nums))
	v := 0.0
	for _, n := range nums {
		v += math.Pow(n-mean, 2)
	}
	fmt.Println(nums)
	fmt.Println(strings.Join(bad, " | "))
	fmt.Printf("sum=%g mean=%.4f sd=%.4f max=%v\n", sum, mean, math.Sqrt(v/float64(len(nums))), nums[len(nums)-1])
	fmt.Println(strconv.FormatFloat(mean, 'e', -1, 64), strconv.FormatFloat(mean, 'g', 5, 32))
}
