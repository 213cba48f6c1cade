// v, ok := m[k] in every form: :=, =, var, with blank, with struct values.
package main

type T struct {
	N int
	S string
}

func main() {
	m := map[string]T{"a": {1, "one"}}
	v, ok := m["a"]
	println(v.N, v.S, ok)
	v, ok = m["b"]
	println(v.N, len(v.S), ok)
	var w, found = m["a"]
	println(w.S, found)
	_, ok = m["a"]
	println(ok)
	var b bool
	type MyBool bool
	var mb MyBool
	_, mb = m["a"]
	println(bool(mb))
	if x, ok := m["a"]; ok {
		println("found", x.N)
	}
	if _, ok := m["zzz"]; !ok {
		println("missing")
	}
	ints := map[int]int{0: 0}
	z, b := ints[0]
	println(z, b)
	z, b = ints[1]
	println(z, b)
}
