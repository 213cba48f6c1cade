// mgc-only: go1.19 accepts this program; codegen does not lower maps yet and its
// support gate must say so rather than crash.
package main

func main() {
	m := map[string]int{"a": 1} // ERROR "map literals are not yet supported by mgc"
	m["b"] = 2
	delete(m, "a") // ERROR "built-in delete is not yet supported by mgc"
	v, ok := m["b"]
	println(v, ok, len(m))
	n := make(map[int]bool) // ERROR "maps are not yet supported by mgc"
	println(len(n))
	var e map[int]int // ERROR "maps are not yet supported by mgc"
	println(e == nil)
	for k, v := range map[int]int{1: 2} { // ERROR "map literals are not yet supported by mgc"
		println(k, v)
	}
	for k := range m {
		println(k)
	}
}
