package main

import (
	"fmt"
	"sort"
)

func main() {
	for _, a := range [][]int{nil, {}, {1}, {2, 1}, {5, 2, 6, 3, 1, 4}, {3, 3, 3}, {-1, 9223372036854775807, -9223372036854775808, 0}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5}} {
		fmt.Print(sort.IntsAreSorted(a), " ")
		sort.Ints(a)
		fmt.Println(a, sort.IntsAreSorted(a))
	}
	s := sort.IntSlice{5, 1, 4}
	s.Sort()
	fmt.Println(s, s.Len(), s.Search(4), s.Search(100), sort.IsSorted(s))
	a := make([]int, 1000)
	for i := range a {
		a[i] = (i * 7919) % 1009
	}
	sort.Ints(a)
	fmt.Println(a[0], a[500], a[999], sort.IntsAreSorted(a))
}
