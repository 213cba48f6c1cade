// boxing: converting ints, strings, slices and structs to interfaces
// (convT64, convTstring, convTslice, the staticuint64s shortcut) and back.
package main

import "os"

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

type Pair struct{ a, b int }

var sink any

func box(i int) any {
	switch i % 4 {
	case 0:
		return i
	case 1:
		return "s"
	case 2:
		return Pair{i, i + 1}
	}
	return []int{i}
}

func main() {
	total := 0
	iters := work(5000000)
	for i := 0; i < iters; i++ {
		x := box(i)
		sink = x
		switch v := x.(type) {
		case int:
			total += v
		case string:
			total += len(v)
		case Pair:
			total += v.b - v.a
		case []int:
			total += len(v)
		}
		var small any = i & 127
		total += small.(int)
	}
	println(total)
}
