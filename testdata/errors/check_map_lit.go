// Map literals: every element needs a key of the key type; constant keys may not repeat.
package main

type P struct{ x, y int }

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3}   // ERROR `duplicate key "a" in map literal`
	_ = map[int]bool{1: true, 2: false, 1: true} // ERROR `duplicate key 1 in map literal`
	_ = map[string]int{"a": 1, 2}                // ERROR `missing key in map literal`
	_ = map[string]int{1: 1}                     // ERROR `cannot use 1 \(untyped int constant\) as string value in map literal`
	_ = map[int]string{1: 2}                     // ERROR `cannot use 2 \(untyped int constant\) as string value in map literal`
	_ = map[P]int{{1, 2}: 1, {1, 2}: 2}
	_ = map[interface{}]int{1: 1, "1": 2, 1: 3} // ERROR `duplicate key 1 in map literal`
	_ = map[float64]int{1: 1, 1.0: 2}           // ERROR `duplicate key 1 in map literal`
}
