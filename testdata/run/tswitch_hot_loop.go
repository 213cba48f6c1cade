// A type switch in a hot loop: the hash is loaded once per switch and the
// concrete cases are found by binary search, with no allocation.
package main

type A int
type B int
type C int
type D int
type E int

func weight(x any) int {
	switch v := x.(type) {
	case A:
		return int(v)
	case B:
		return int(v) * 2
	case C:
		return int(v) * 3
	case D:
		return int(v) * 4
	case E:
		return int(v) * 5
	case int:
		return v
	}
	return 0
}

func main() {
	xs := []any{A(1), B(1), C(1), D(1), E(1), 1, "x", nil}
	total := 0
	for i := 0; i < 3000000; i++ {
		total += weight(xs[i&7])
	}
	println(total)
}
