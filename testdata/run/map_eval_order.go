// Order of evaluation: the map and key before the value; the value before
// the insertion, so a panicking value inserts nothing; tuple assignments
// read every value first.
package main

func trace(s string, v int) int {
	println(s)
	return v
}

func main() {
	m := map[int]int{}
	m[trace("key", 1)] = trace("value", 10)
	m[trace("key2", 2)], m[trace("key3", 3)] = trace("value2", 20), trace("value3", 30)
	println(m[1], m[2], m[3])
	m[1], m[2] = m[2], m[1]
	println(m[1], m[2])
	m[len(m)] = len(m)
	println(len(m), m[3])
	var empty []int
	m[4] = empty[0]
}
