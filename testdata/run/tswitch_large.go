// A type switch with 12 concrete cases: sorted by type hash and searched
// with gc's binary search; named types, pointers, slices, maps, funcs.
package main

type MyInt int
type P struct{ a int }

func name(x any) string {
	switch x.(type) {
	case int:
		return "int"
	case int8:
		return "int8"
	case int16:
		return "int16"
	case int32:
		return "int32"
	case int64:
		return "int64"
	case uint:
		return "uint"
	case string:
		return "string"
	case float64:
		return "float64"
	case MyInt:
		return "MyInt"
	case *P:
		return "*P"
	case []int:
		return "[]int"
	case func():
		return "func()"
	case map[string]int:
		return "map"
	}
	return "unknown"
}

func main() {
	xs := []any{1, int8(1), int16(1), int32(1), int64(1), uint(1), "s", 1.0, MyInt(1), &P{},
		[]int{}, func() {}, map[string]int{}, P{}, uint8(1), nil, float32(1)}
	for _, x := range xs {
		println(name(x))
	}
	n := 0
	for i := 0; i < 300000; i++ {
		if name(xs[i%len(xs)]) != "unknown" {
			n++
		}
	}
	println(n)
}
