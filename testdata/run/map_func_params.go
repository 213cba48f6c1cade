// Maps are references: functions that receive a map change the caller's;
// a map returned from a function; a map in a struct field and a slice.
package main

type Registry struct {
	Name  string
	Items map[string]int
}

func add(m map[string]int, k string) {
	m[k]++
}

func build(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func lookup(m map[int]int, k int) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]int{}
	add(m, "x")
	add(m, "x")
	add(m, "y")
	println(m["x"], m["y"], len(m))
	sq := build(20)
	println(len(sq), sq[19])
	v, ok := lookup(sq, 7)
	println(v, ok)
	v, ok = lookup(nil, 7)
	println(v, ok)
	r := Registry{"r", map[string]int{}}
	r.Items["a"] = 1
	rp := &r
	rp.Items["b"] = 2
	println(len(r.Items), r.Items["b"])
	ms := []map[int]bool{{}, {1: true}}
	ms[0][5] = true
	println(ms[0][5], ms[1][1], len(ms[1]))
	alias := m
	alias["z"] = 26
	println(m["z"], len(m))
}
