// Golden: a type switch of 8 concrete cases: the hashes are sorted and
// searched with gc's binary search (GO119-INTERNALS.md §5.2;
// codegen/typeswitch.c).
package main

func size(x any) int {
	switch x.(type) {
	case int:
		return 8
	case int8:
		return 1
	case int16:
		return 2
	case int32:
		return 4
	case int64:
		return 8
	case uint:
		return 8
	case string:
		return 16
	case float64:
		return 8
	}
	return 0
}

func main() {
	println(size(1), size("s"), size(int16(1)), size(true))
}
