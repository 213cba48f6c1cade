package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	fmt.Println(i, i < len(a) && a[i] == x)
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }), sort.Search(10, func(int) bool { return true }))
	for _, v := range []int{0, 1, 2, 55, 56, 28} {
		fmt.Print(sort.SearchInts(a, v), " ")
	}
	fmt.Println()
	// guessing game: the smallest n with n*n >= 1000
	fmt.Println(sort.Search(1000, func(n int) bool { return n*n >= 1000 }))
	d := []float64{1.5, 2.5, 3.5}
	fmt.Println(sort.SearchFloat64s(d, 2.5), sort.SearchFloat64s(d, 0), sort.SearchStrings([]string{"a", "c"}, "b"))
}
