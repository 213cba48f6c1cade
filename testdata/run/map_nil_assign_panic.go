// Assignment to an entry of a nil map panics after the value is computed.
package main

func value() int {
	println("value computed")
	return 1
}

func main() {
	var m map[string]int
	println(m["a"], len(m))
	m["a"] = value()
	println("not reached")
}
