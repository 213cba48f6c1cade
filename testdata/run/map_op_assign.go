// m[k] op= v and m[k]++: the map and key are evaluated once.
package main

var calls int

func key(k string) string {
	calls++
	return k
}

func main() {
	m := map[string]int{}
	m[key("a")] += 5
	m[key("a")] *= 3
	m[key("a")] -= 1
	m[key("b")]++
	m[key("b")]++
	m[key("b")]--
	m[key("c")] |= 6
	m[key("c")] &^= 2
	m[key("c")] <<= 2
	println(m["a"], m["b"], m["c"], calls, len(m))
	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	println(s[1])
	u := map[uint8]uint8{}
	u[1] -= 1
	println(u[1])
}
