package main

import (
	"fmt"
)

type K struct {
	A int
	B string
}
func main() {
	fmt.Println(map[string]int{"c": 3, "a": 1, "b": 2, "aa": 0})
	fmt.Println(map[int]string{10: "x", -5: "y", 3: "z", 0: "w"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"})
	fmt.Println(map[uint8][]int{3: {1}, 1: nil, 2: {2, 3}})
	fmt.Printf("%v %+v %#v\n", map[string]K{"k": {1, "x"}}, map[string]K{"k": {1, "x"}}, map[string]int{"b": 2, "a": 1})
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[(i*37)%50] = i
	}
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%d %x\n", map[string]int{"a": 10, "b": 11}, map[int]string{255: "hi"})
}
