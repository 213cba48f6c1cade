// Maps: a literal, assignment, delete, comma-ok, len, make, a nil map.
package main

func main() {
	m := map[string]int{"a": 1}
	m["b"] = 2
	delete(m, "a")
	v, ok := m["b"]
	println(v, ok, len(m))
	n := make(map[int]bool)
	println(len(n), n[3])
	n[3] = true
	println(len(n), n[3])
	var e map[int]int
	println(e == nil, n == nil, len(e), e[7])
	delete(e, 1)
	w, found := e[2]
	println(w, found)
	println(e)
}
