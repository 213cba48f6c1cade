// golden: == on interfaces (iface_compare.c; GO119-INTERNALS.md §6.1): two
// interfaces through efaceeq after comparing type words; with nil, the type
// word alone; with a concrete value, inline.
package main

func eq(a, b any) bool {
	return a == b
}

func isNil(a any) bool {
	return a == nil
}

func isTwo(a any) bool {
	return a == 2
}

func main() {
	println(eq(1, 1), isNil(nil), isTwo(2))
}
