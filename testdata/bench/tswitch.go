// tswitch: type switches over an interface slice holding many dynamic types
// (hash compares, binary search over the cases, pointer confirms).
package main

import "os"

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

type A struct{ v int }
type B struct{ v int }
type C struct{ v, w int }
type D []int
type E string
type F float64

func classify(x any) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	case A:
		return v.v
	case *B:
		return v.v * 2
	case C:
		return v.v + v.w
	case D:
		return len(v)
	case E:
		return len(v) + 1
	case F:
		return int(v)
	case bool:
		if v {
			return 1
		}
		return 0
	case nil:
		return -1
	default:
		return -2
	}
}

func main() {
	items := []any{1, "two", A{3}, &B{4}, C{5, 6}, D{1, 2, 3}, E("e"), F(2.5), true, nil, 3.5, int8(9)}
	total := 0
	iters := work(30000000)
	for i := 0; i < iters; i++ {
		total += classify(items[i%len(items)])
	}
	println(total)
}
