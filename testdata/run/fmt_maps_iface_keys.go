package main

import (
	"fmt"
)

func main() {
	m := map[any]int{"b": 1, "a": 2, 3: 3, 1: 4, 2.5: 5, true: 6, nil: 7}
	s := fmt.Sprint(m)
	fmt.Println(len(s) > 0)
	fmt.Println(map[any]int{"z": 1, "y": 2, "x": 3})
	fmt.Println(map[any]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[any]string{nil: "nil", 0: "zero"})
}
