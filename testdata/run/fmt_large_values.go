package main

import (
	"fmt"
)

func main() {
	big := make([]int, 100)
	for i := range big {
		big[i] = i * i
	}
	fmt.Println(big)
	m := map[int][]string{}
	for i := 0; i < 10; i++ {
		m[9-i] = []string{fmt.Sprint(i), fmt.Sprint(i * 2)}
	}
	fmt.Println(m)
	s := fmt.Sprintf("%0100d|%-50s|", 7, "pad")
	fmt.Println(s, len(s))
	fmt.Printf("%.30f\n%.20e\n", 1.0/3, 2.0/3)
}
