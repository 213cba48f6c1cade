// A nil map reads as empty: lookups give zero values, len is 0, delete and
// range do nothing.
package main

type S struct {
	A string
	B [3]int
}

func main() {
	var m map[string]S
	s := m["x"]
	println(len(s.A), s.B[2], len(m))
	v, ok := m["y"]
	println(len(v.A), ok)
	delete(m, "z")
	for k := range m {
		println("never", k)
	}
	var p map[int]*int
	println(p[1] == nil)
	var mm map[int]map[int]int
	println(mm[1][2], len(mm[3]))
	println(m == nil)
}
