package main

type Key interface{ K() int }

type A struct{ x int }
type B string

func (a A) K() int { return a.x }
func (b B) K() int { return len(b) }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int8(1)] = "int8 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "true"
	m[[2]int{1, 2}] = "array"
	m[struct{ a, b int }{1, 2}] = "struct"
	println(len(m), m[1], m[int8(1)], m["1"], m[1.0], m[true], m[[2]int{1, 2}], m[struct{ a, b int }{1, 2}])
	_, ok := m[2]
	println(ok)
	delete(m, "1")
	println(len(m), m["1"] == "")
	var nilkey any
	m[nilkey] = "nil"
	println(m[nil], len(m))
	k := map[Key]int{A{1}: 10, B("xy"): 20}
	k[A{1}]++
	println(k[A{1}], k[B("xy")], k[A{2}])
}
