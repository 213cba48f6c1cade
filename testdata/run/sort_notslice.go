package main

import (
	"fmt"
	"sort"
)

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println(r)
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		sort.Slice(nil, func(i, j int) bool { return false })
	}()
	m := map[string]int{"a": 1}
	sort.Slice(m, func(i, j int) bool { return false })
}
