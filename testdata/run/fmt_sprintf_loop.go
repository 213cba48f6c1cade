package main

import (
	"fmt"
)

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprintf("[%02d:%-3s]", i, fmt.Sprint(i*i))
	}
	fmt.Println(s)
	total := 0
	for i := 0; i < 20000; i++ {
		total += len(fmt.Sprintf("%d %v %s %.2f", i, []int{i}, "x", float64(i)/3))
	}
	fmt.Println(total)
}
