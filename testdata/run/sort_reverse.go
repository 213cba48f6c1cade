package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(s)))
	fmt.Println(s)
	r := sort.Reverse(sort.IntSlice(s))
	fmt.Println(r.Len(), r.Less(0, 1), sort.IsSorted(r), sort.IsSorted(sort.IntSlice(s)))
	f := []float64{1, 3, 2}
	sort.Stable(sort.Reverse(sort.Float64Slice(f)))
	fmt.Println(f)
	w := []string{"b", "c", "a"}
	sort.Sort(sort.Reverse(sort.Reverse(sort.StringSlice(w))))
	fmt.Println(w)
}
