// Tuple assignment with map elements and variables: values are read first.
package main

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	println(m["a"], m["b"])
	x := 10
	x, m["c"] = m["a"], x
	println(x, m["c"])
	keys := []string{"p", "q"}
	i := 0
	i, m[keys[i]] = 1, 99
	println(i, m["p"], m["q"])
}
