package main

import (
	"fmt"
	"sort"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	n := 20000
	for kind := 0; kind < 6; kind++ {
		a := make([]int, n)
		for i := range a {
			switch kind {
			case 0:
				a[i] = int(next() % 1000000)
			case 1:
				a[i] = n - i
			case 2:
				a[i] = 5
			case 3:
				a[i] = i % 3
			case 4:
				a[i] = i
			case 5:
				a[i] = int(next()%100) - 50
			}
		}
		b := append([]int(nil), a...)
		c := append([]int(nil), a...)
		sort.Ints(a)
		sort.Stable(sort.IntSlice(b))
		sort.Slice(c, func(i, j int) bool { return c[i] > c[j] })
		sum := 0
		for i, v := range a {
			sum += v * (i%7 + 1)
			if b[i] != v || c[n-1-i] != v {
				fmt.Println("mismatch", kind, i)
				break
			}
		}
		fmt.Println(kind, sort.IntsAreSorted(a), a[0], a[n/2], a[n-1], sum)
	}
}
