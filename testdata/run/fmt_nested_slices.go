package main

import (
	"fmt"
)

func main() {
	fmt.Println([][]int{{1, 2}, {3}, nil, {}})
	fmt.Println([][]string{{"a"}, {"b", "c"}})
	fmt.Println([2][2]bool{{true, false}, {false, true}})
	fmt.Println([]map[string][]int{{"a": {1, 2}}, nil})
	fmt.Println([]any{1, "a", []int{2}, map[int]int{3: 4}, nil, struct{ X int }{5}})
	fmt.Printf("%v %d %x %X %o\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []uint{255}, []int{8})
	fmt.Printf("%5d|%-4d|%03d\n", []int{1, 2}, []int{3}, []int{4})
	fmt.Printf("%q %s %v\n", []string{"a", "b"}, []string{"c"}, [][]string{{"d"}})
	fmt.Printf("%.1f %e\n", []float64{1.25, 2}, [1]float64{3})
}
